package org.itm.operations.problem.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.Problem;
import org.itm.operations.problem.ProblemRepository;

/** {@link ProblemRepository} over a document store: problem documents plus one link per (known error, symptom word). */
public final class DocumentStoreProblemRepository implements ProblemRepository {

    private final Repository<Problem> problems;
    private final Repository<SymptomLink> links;

    public DocumentStoreProblemRepository(DocumentStore store) {
        problems = Repository.builder(Problem.class, TYPE)
                .id(Problem::id)
                .optionalIndex("ci", Problem::ci)
                .optionalIndex("service", Problem::service)
                .index("state", p -> p.state().name())
                .index("knownError", p -> Boolean.toString(isKnownError(p)))
                .build(store);
        links = Repository.builder(SymptomLink.class, SYMPTOM_TYPE)
                .id(SymptomLink::documentId)
                .index("word", SymptomLink::word)
                .build(store);
    }

    @Override
    public Repository<Problem> delegate() {
        return problems;
    }

    @Override
    public Versioned<Problem> create(Problem value) {
        store().write(toCreateWithLinks(value));
        return new Versioned<>(value, 1);
    }

    @Override
    public Versioned<Problem> update(Problem value, long expectedVersion) {
        Checks.notNull(value, "value");
        Versioned<Problem> stored = problems.get(value.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            return problems.update(value, expectedVersion);   // conflicts, naming the stored version
        }
        store().write(toUpdateWithLinks(stored.value(), value, expectedVersion));
        return new Versioned<>(value, expectedVersion + 1);
    }

    @Override
    public Versioned<Problem> modify(String id, UnaryOperator<Problem> change) {
        Checks.id(id, "id");
        Checks.notNull(change, "change");
        for (int attempt = 1; ; attempt++) {
            Versioned<Problem> current = problems.get(id)
                    .orElseThrow(() -> new NotFoundException("no " + TYPE + " with id '" + id + "'"));
            Problem after = Checks.notNull(change.apply(current.value()), "change result");
            try {
                store().write(toUpdateWithLinks(current.value(), after, current.version()));
                return new Versioned<>(after, current.version() + 1);
            } catch (StaleVersionException e) {
                if (attempt >= MAX_MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void delete(String id, long expectedVersion) {
        Optional<Versioned<Problem>> stored = problems.get(id);
        if (stored.isEmpty() || stored.get().version() != expectedVersion) {
            problems.delete(id, expectedVersion);   // reports the conflict
            return;
        }
        store().write(writesToDelete(id, expectedVersion));
    }

    @Override
    public Write.Create toCreate(Problem value) {
        Checks.notNull(value, "value");
        if (!words(value).isEmpty()) {
            throw new ItmValidationException("value.symptoms", "known error " + value.id()
                    + " has symptom links to write with it: use writesToCreate for a batch");
        }
        return problems.toCreate(value);
    }

    @Override
    public Write.Update toUpdate(Problem value, long expectedVersion) {
        Checks.notNull(value, "value");
        problems.get(value.id()).filter(stored -> !words(stored.value()).equals(words(value))).ifPresent(stored -> {
            throw new ItmValidationException("value.symptoms", "problem " + value.id()
                    + " changes its symptom links: use writesToUpdate for a batch");
        });
        return problems.toUpdate(value, expectedVersion);
    }

    @Override
    public Write.Delete toDelete(String id, long expectedVersion) {
        Checks.id(id, "id");
        problems.get(id).filter(stored -> !words(stored.value()).isEmpty()).ifPresent(stored -> {
            throw new ItmValidationException("id", "known error " + id
                    + " has symptom links to delete with it: use writesToDelete for a batch");
        });
        return problems.toDelete(id, expectedVersion);
    }

    @Override
    public List<Write> writesToCreate(Problem value) {
        return toCreateWithLinks(value);
    }

    @Override
    public List<Write> writesToUpdate(Problem value, long expectedVersion) {
        Checks.notNull(value, "value");
        Optional<Versioned<Problem>> stored = problems.get(value.id());
        if (stored.isEmpty() || stored.get().version() != expectedVersion) {
            // conflicts when written; links are diffed only against the version the write expects
            return List.of(problems.toUpdate(value, expectedVersion));
        }
        return toUpdateWithLinks(stored.get().value(), value, expectedVersion);
    }

    @Override
    public List<Write> writesToDelete(String id, long expectedVersion) {
        Checks.id(id, "id");
        Optional<Versioned<Problem>> stored = problems.get(id);
        List<Write> writes = new ArrayList<>();
        writes.add(problems.toDelete(id, expectedVersion));
        if (stored.isPresent() && stored.get().version() == expectedVersion) {
            for (String word : words(stored.get().value())) {
                writes.add(links.toDelete(new SymptomLink(id, word).documentId(), 1));
            }
        }
        return writes;
    }

    @Override
    public List<Write> toCreateWithLinks(Problem problem) {
        List<Write> writes = new ArrayList<>();
        writes.add(problems.toCreate(problem));
        for (String word : words(problem)) {
            writes.add(links.toCreate(new SymptomLink(problem.id(), word)));
        }
        return writes;
    }

    @Override
    public List<Write> toUpdateWithLinks(Problem before, Problem after, long expectedVersion) {
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new ItmValidationException("after.id", "must stay '" + before.id() + "', was '" + after.id() + "'");
        }
        Set<String> had = words(before);
        Set<String> has = words(after);
        List<Write> writes = new ArrayList<>();
        writes.add(problems.toUpdate(after, expectedVersion));
        for (String word : had) {
            if (!has.contains(word)) {
                // links are written once and never updated, so they are at version 1
                writes.add(links.toDelete(new SymptomLink(before.id(), word).documentId(), 1));
            }
        }
        for (String word : has) {
            if (!had.contains(word)) {
                writes.add(links.toCreate(new SymptomLink(after.id(), word)));
            }
        }
        return writes;
    }

    @Override
    public List<Versioned<Problem>> knownErrorsBySymptom(String text) {
        Checks.notBlank(text, "text");
        Set<String> wanted = SymptomWords.of(text);
        Checks.require(!wanted.isEmpty(), "text", "must hold at least one word of letters or digits");
        Set<String> candidates = null;
        for (String word : wanted) {
            Set<String> ids = new HashSet<>();
            links.findAll(links.query().where("word", word)).forEach(l -> ids.add(l.value().problemId()));
            if (candidates == null) {
                candidates = ids;
            } else {
                candidates.retainAll(ids);
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
        }
        List<Versioned<Problem>> out = new ArrayList<>();
        for (String id : new TreeSet<>(candidates)) {
            // the links are a means to find candidates; the stored problem has the last word
            problems.get(id).filter(p -> words(p.value()).containsAll(wanted)).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(v -> v.value().id()));
        return out;
    }

    private static boolean isKnownError(Problem p) {
        return p.workaround().isPresent() && !p.symptoms().isEmpty();
    }

    private static Set<String> words(Problem p) {
        return isKnownError(p) ? SymptomWords.ofAll(p.symptoms()) : Set.of();
    }
}
