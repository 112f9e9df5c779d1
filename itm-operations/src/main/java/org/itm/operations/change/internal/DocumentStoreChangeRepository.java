package org.itm.operations.change.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.itm.core.ItmValidationException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;

/** {@link ChangeRepository} over a document store: the change documents plus one link document per (change, CI). */
public final class DocumentStoreChangeRepository implements ChangeRepository {

    private final Repository<Change> changes;
    private final Repository<ChangeCiLink> links;

    public DocumentStoreChangeRepository(DocumentStore store) {
        changes = Repository.builder(Change.class, TYPE)
                .id(Change::id)
                .index("state", c -> c.state().name())
                .index("open", c -> Boolean.toString(ChangeRepository.isOpen(c.state())))
                .optionalIndex("window", c -> c.window().map(WindowBuckets::of))
                .typeVersion(ChangeRepository.TYPE_VERSION)
                .migration(1, DocumentStoreChangeRepository::addTemplate)
                .build(store);
        links = Repository.builder(ChangeCiLink.class, CI_LINK_TYPE)
                .id(ChangeCiLink::documentId)
                .index("ci", ChangeCiLink::ci)
                .build(store);
    }

    /**
     * Version 1 is the shape of a change before standard-change templates: without {@code template}, which reads
     * as none.
     */
    private static tools.jackson.databind.JsonNode addTemplate(tools.jackson.databind.JsonNode v1) {
        if (!(v1 instanceof tools.jackson.databind.node.ObjectNode change)) {
            throw new ItmValidationException("$", "a change must be a JSON object, was " + v1.getNodeType());
        }
        if (!change.has("template")) {
            change.putNull("template");
        }
        return change;
    }

    @Override
    public Repository<Change> delegate() {
        return changes;
    }

    @Override
    public Versioned<Change> create(Change value) {
        store().write(writesToCreate(value));
        return new Versioned<>(value, 1);
    }

    @Override
    public Versioned<Change> update(Change value, long expectedVersion) {
        store().write(List.of(toUpdate(value, expectedVersion)));
        return new Versioned<>(value, expectedVersion + 1);
    }

    @Override
    public Write.Update toUpdate(Change value, long expectedVersion) {
        Checks.notNull(value, "value");
        changes.get(value.id()).ifPresent(stored -> requireSameCis(stored.value(), value));
        return changes.toUpdate(value, expectedVersion);
    }

    @Override
    public Versioned<Change> modify(String id, UnaryOperator<Change> change) {
        Checks.notNull(change, "change");
        return changes.modify(id, c -> {
            Change after = Checks.notNull(change.apply(c), "change result");
            requireSameCis(c, after);
            return after;
        });
    }

    @Override
    public void delete(String id, long expectedVersion) {
        Optional<Versioned<Change>> stored = changes.get(id);
        if (stored.isEmpty()) {
            changes.delete(id, expectedVersion);   // reports the conflict of deleting what is not there
            return;
        }
        store().write(toDeleteWithLinks(stored.get().value(), expectedVersion));
    }

    @Override
    public Write.Create toCreate(Change value) {
        if (!distinct(value).isEmpty()) {
            throw new ItmValidationException("value.cis", "change " + value.id() + " touches " + value.cis()
                    + ", whose links must be written with it: use writesToCreate for a batch");
        }
        return changes.toCreate(value);
    }

    @Override
    public Write.Delete toDelete(String id, long expectedVersion) {
        Checks.id(id, "id");
        changes.get(id).filter(stored -> !distinct(stored.value()).isEmpty()).ifPresent(stored -> {
            throw new ItmValidationException("id", "change " + id + " has links of " + stored.value().cis()
                    + " to delete with it: use writesToDelete for a batch");
        });
        return changes.toDelete(id, expectedVersion);
    }

    @Override
    public List<Write> writesToCreate(Change value) {
        return toCreateWithLinks(value);
    }

    @Override
    public List<Write> writesToDelete(String id, long expectedVersion) {
        Checks.id(id, "id");
        Optional<Versioned<Change>> stored = changes.get(id);
        // a change that is not there: the delete alone, which conflicts when written
        return stored.isEmpty() ? List.of(changes.toDelete(id, expectedVersion))
                : toDeleteWithLinks(stored.get().value(), expectedVersion);
    }

    @Override
    public List<Write> toCreateWithLinks(Change change) {
        List<Write> writes = new ArrayList<>();
        writes.add(changes.toCreate(change));
        for (String ci : distinct(change)) {
            writes.add(links.toCreate(new ChangeCiLink(change.id(), ci)));
        }
        return writes;
    }

    @Override
    public List<Write> toDeleteWithLinks(Change change, long expectedVersion) {
        Checks.notNull(change, "change");
        List<Write> writes = new ArrayList<>();
        writes.add(changes.toDelete(change.id(), expectedVersion));
        for (String ci : distinct(change)) {
            // links are written once and never updated, so they are at version 1
            writes.add(links.toDelete(new ChangeCiLink(change.id(), ci).documentId(), 1));
        }
        return writes;
    }

    @Override
    public Page<Versioned<Change>> touching(String ci, int pageSize, Optional<String> pageToken) {
        Checks.notBlank(ci, "ci");
        Checks.notNull(pageToken, "pageToken");
        Query q = links.query().where("ci", ci).withPageSize(pageSize);
        Page<Versioned<ChangeCiLink>> page = links.find(pageToken.map(q::after).orElse(q));
        List<Versioned<Change>> found = new ArrayList<>();
        for (Versioned<ChangeCiLink> link : page.items()) {
            changes.get(link.value().changeId()).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(v -> v.value().id()));
        return new Page<>(found, page.nextPageToken());
    }

    @Override
    public Page<Versioned<Change>> openInWindow(TimeInterval interval, int pageSize, Optional<String> pageToken) {
        Checks.notNull(interval, "interval");
        Checks.require(!interval.isEmpty(), "interval", "must not be empty");
        Checks.require(interval.duration().compareTo(MAX_SEARCH) <= 0, "interval",
                "must be at most " + MAX_SEARCH + " long, was " + interval.duration() + "; search longer periods piecewise");
        Checks.between(pageSize, 1, Query.MAX_PAGE_SIZE, "pageSize");
        Checks.notNull(pageToken, "pageToken");
        List<String> buckets = WindowBuckets.touchedBy(interval);
        int bucket = 0;
        Optional<String> inner = Optional.empty();
        if (pageToken.isPresent()) {
            String token = pageToken.get();
            int colon = token.indexOf(':');
            try {
                bucket = Integer.parseInt(token.substring(0, Math.max(colon, 0)));
            } catch (NumberFormatException e) {
                bucket = -1;
            }
            if (colon < 0 || bucket < 0 || bucket >= buckets.size()) {
                throw new ItmValidationException("pageToken", "is not a token of a window search over " + interval);
            }
            inner = colon + 1 < token.length() ? Optional.of(token.substring(colon + 1)) : Optional.empty();
        }
        List<Versioned<Change>> out = new ArrayList<>();
        while (bucket < buckets.size() && out.size() < pageSize) {
            Query q = open().where("window", buckets.get(bucket)).withPageSize(pageSize - out.size());
            Page<Versioned<Change>> page = changes.find(inner.map(q::after).orElse(q));
            for (Versioned<Change> c : page.items()) {
                if (c.value().window().filter(interval::overlaps).isPresent()) {
                    out.add(c);
                }
            }
            inner = page.nextPageToken();
            if (inner.isEmpty()) {
                bucket++;
            }
        }
        Optional<String> next = bucket < buckets.size()
                ? Optional.of(bucket + ":" + inner.orElse("")) : Optional.empty();
        return new Page<>(out, next);
    }

    private static Set<String> distinct(Change change) {
        return new LinkedHashSet<>(Checks.notNull(change, "change").cis());
    }

    private static void requireSameCis(Change stored, Change after) {
        if (!distinct(stored).equals(distinct(after))) {
            throw new ItmValidationException("cis", "are fixed when change " + stored.id() + " is drafted: "
                    + stored.cis() + ", the update has " + after.cis());
        }
    }
}
