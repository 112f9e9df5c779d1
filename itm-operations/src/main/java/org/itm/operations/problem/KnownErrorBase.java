package org.itm.operations.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.internal.SymptomWords;

/**
 * The searchable known-error base: problems published as known errors, found by CI, service or symptom words.
 * {@code new KnownErrorBase()} keeps them in memory; {@link #stored(ProblemRepository)} keeps them as problems of a
 * repository, so they survive a restart and are searched through its indexes. Thread-safe; republishing a problem
 * replaces its entry.
 *
 * @since 0.1
 */
public final class KnownErrorBase {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::id);

    private final Map<String, Problem> byId = new ConcurrentHashMap<>();
    private final Optional<ProblemRepository> repository;

    /** An empty known-error base in memory. */
    public KnownErrorBase() {
        this.repository = Optional.empty();
    }

    private KnownErrorBase(ProblemRepository repository) {
        this.repository = Optional.of(repository);
    }

    /**
     * The known errors among the problems of {@code problems}: publishing stores the problem there, searches run
     * on its indexes.
     *
     * @param problems the problem repository
     * @return the known-error base
     * @throws org.itm.core.ItmValidationException if {@code problems} is null
     */
    public static KnownErrorBase stored(ProblemRepository problems) {
        return new KnownErrorBase(Checks.notNull(problems, "problems"));
    }

    /**
     * Adds or replaces {@code problem}; it must carry a workaround and symptoms (see {@link
     * Problem#publishKnownError}).
     * A stored base writes it to the repository, over whatever version is stored.
     *
     * @param problem a problem with a workaround and at least one symptom
     * @throws org.itm.core.ItmValidationException naming {@code problem} when it has no workaround or no symptom
     */
    public void publish(Problem problem) {
        Checks.notNull(problem, "problem");
        Checks.require(problem.workaround().isPresent() && !problem.symptoms().isEmpty(), "problem",
                "only known errors (with workaround and symptoms) can be published");
        if (repository.isEmpty()) {
            byId.put(problem.id(), problem);
            return;
        }
        ProblemRepository problems = repository.get();
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Versioned<Problem>> stored = problems.get(problem.id());
                if (stored.isPresent()) {
                    problems.update(problem, stored.get().version());
                } else {
                    problems.create(problem);
                }
                return;
            } catch (StaleVersionException e) {
                if (attempt >= ProblemRepository.MAX_MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Known errors on configuration item {@code ci}.
     *
     * @param ci a configuration item id; not blank
     * @return the known errors, by id; empty when none
     */
    public List<Problem> byCi(String ci) {
        Checks.notBlank(ci, "ci");
        return repository.map(r -> values(r.findAll(r.knownErrors().where("ci", ci))))
                .orElseGet(() -> byId.values().stream().filter(p -> p.ci().filter(ci::equals).isPresent())
                        .sorted(ORDER).toList());
    }

    /**
     * Known errors of service {@code service}.
     *
     * @param service a service id; not blank
     * @return the known errors, by id; empty when none
     */
    public List<Problem> byService(String service) {
        Checks.notBlank(service, "service");
        return repository.map(r -> values(r.findAll(r.knownErrors().where("service", service))))
                .orElseGet(() -> byId.values().stream().filter(p -> p.service().filter(service::equals).isPresent())
                        .sorted(ORDER).toList());
    }

    /**
     * Known errors whose symptoms contain every word of {@code text} (case-insensitive), by id.
     *
     * @param text words to look for, e.g. {@code "mail queue stuck"}
     * @return the matching known errors; empty when none
     * @throws org.itm.core.ItmValidationException if {@code text} holds no word of letters or digits
     */
    public List<Problem> bySymptom(String text) {
        Checks.notBlank(text, "text");
        if (repository.isPresent()) {
            return values(repository.get().knownErrorsBySymptom(text));
        }
        Set<String> wanted = SymptomWords.of(text);
        Checks.require(!wanted.isEmpty(), "text", "must hold at least one word of letters or digits");
        List<Problem> out = new ArrayList<>();
        for (Problem p : byId.values()) {
            if (SymptomWords.ofAll(p.symptoms()).containsAll(wanted)) {
                out.add(p);
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static List<Problem> values(List<Versioned<Problem>> stored) {
        return stored.stream().map(Versioned::value).sorted(ORDER).toList();
    }
}
