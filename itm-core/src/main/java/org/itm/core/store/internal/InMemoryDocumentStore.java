package org.itm.core.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.itm.core.ItmValidationException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import org.itm.core.store.KeysetPageTokens;

/**
 * The in-memory {@link DocumentStore}. One read-write lock guards all tables: reads and queries share it, a
 * write or batch holds it exclusively, which makes every batch atomic and isolated without undo logs (all
 * writes of a batch are checked before the first one is applied).
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private static final KeysetPageTokens PAGE_TOKENS = new KeysetPageTokens("p1");

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Table> tables = new HashMap<>();

    @Override
    public void declare(String type, Set<String> indexedFields) {
        Checks.id(type, "type");
        Checks.notNull(indexedFields, "indexedFields");
        for (String field : indexedFields) {
            Checks.id(field, "indexedFields");
        }
        Set<String> fields = Set.copyOf(indexedFields);
        lock.writeLock().lock();
        try {
            Table existing = tables.get(type);
            if (existing == null) {
                tables.put(type, new Table(fields));
            } else if (!existing.fields.equals(fields)) {
                throw new ItmValidationException("indexedFields", "type '" + type
                        + "' is already declared with the index fields " + new TreeSet<>(existing.fields)
                        + ", not " + new TreeSet<>(fields));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<Document> read(String type, String id) {
        Checks.id(type, "type");
        Checks.id(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(table(type, "type").docs.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Page<Document> query(Query query) {
        Checks.notNull(query, "query");
        lock.readLock().lock();
        try {
            Table table = table(query.type(), "type");
            for (String field : query.filters().keySet()) {
                if (!table.fields.contains(field)) {
                    throw new ItmValidationException("filters." + field,
                            "is not an index field of type '" + query.type() + "' " + new TreeSet<>(table.fields));
                }
            }
            @Nullable String after = query.pageToken().map(t -> PAGE_TOKENS.lastId(query.type(), t)).orElse(null);
            NavigableSet<String> candidates = table.candidates(query.filters());
            Iterable<String> ids = after == null ? candidates : candidates.tailSet(after, false);
            List<Document> items = new ArrayList<>(Math.min(query.pageSize(), 64));
            boolean more = false;
            for (String id : ids) {
                // candidates come from this table's own ids and index
                Document doc = Objects.requireNonNull(table.docs.get(id));
                if (!matches(doc, query.filters())) {
                    continue;
                }
                if (items.size() == query.pageSize()) {
                    more = true;
                    break;
                }
                items.add(doc);
            }
            Optional<String> next = more
                    ? Optional.of(PAGE_TOKENS.after(query.type(), items.get(items.size() - 1).id()))
                    : Optional.empty();
            return new Page<>(items, next);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean matches(Document doc, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if (!f.getValue().equals(doc.indexes().get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(List<? extends Write> batch) {
        Violations violations = new Violations();
        Write.checkBatch(batch, violations, (w, i) -> { });
        violations.throwIfAny();
        lock.writeLock().lock();
        try {
            // Check everything first so that a rejected batch leaves no trace.
            for (int i = 0; i < batch.size(); i++) {
                Write w = batch.get(i);
                Write.checkIndexFields(w, i, table(w.type(), "batch[" + i + "].type").fields, violations);
            }
            violations.throwIfAny();
            for (Write w : batch) {
                // table(...) above made sure every written type has its table
                Document current = Objects.requireNonNull(tables.get(w.type())).docs.get(w.id());
                long actual = current == null ? StaleVersionException.ABSENT : current.version();
                long expected = w.expectedVersionOrAbsent();
                if (actual != expected) {
                    throw new StaleVersionException(w.type(), w.id(), expected, actual);
                }
            }
            for (Write w : batch) {
                Table table = Objects.requireNonNull(tables.get(w.type()));
                Document current = table.docs.get(w.id());
                if (w instanceof Write.Create c) {
                    table.put(null, new Document(c.type(), c.id(), 1, c.indexes(), c.json()));
                } else if (w instanceof Write.Update u) {
                    table.put(current, new Document(u.type(), u.id(), u.expectedVersion() + 1, u.indexes(), u.json()));
                } else if (current != null) {
                    table.remove(current);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Table table(String type, String path) {
        Table table = tables.get(type);
        if (table == null) {
            throw new ItmValidationException(path, "type '" + type + "' is not declared; declare it first");
        }
        return table;
    }

    /** The documents of one type, sorted by id, and for each index field a value → sorted ids map. */
    private static final class Table {
        final Set<String> fields;
        final TreeMap<String, Document> docs = new TreeMap<>();
        final Map<String, Map<String, TreeSet<String>>> index = new HashMap<>();

        Table(Set<String> fields) {
            this.fields = fields;
            for (String field : fields) {
                index.put(field, new HashMap<>());
            }
        }

        /** Ids that can match {@code filters}: those of the most selective filter, or every id. */
        NavigableSet<String> candidates(Map<String, String> filters) {
            NavigableSet<String> best = docs.navigableKeySet();
            for (Map.Entry<String, String> f : filters.entrySet()) {
                // a query names only declared index fields, each of which has its map
                TreeSet<String> ids = Objects.requireNonNull(index.get(f.getKey())).get(f.getValue());
                if (ids == null) {
                    return new TreeSet<>();
                }
                if (ids.size() < best.size()) {
                    best = ids;
                }
            }
            return best;
        }

        void put(@Nullable Document old, Document doc) {
            if (old != null) {
                unindex(old);
            }
            docs.put(doc.id(), doc);
            for (Map.Entry<String, String> e : doc.indexes().entrySet()) {
                Objects.requireNonNull(index.get(e.getKey())).computeIfAbsent(e.getValue(), v -> new TreeSet<>()).add(doc.id());
            }
        }

        void remove(Document doc) {
            unindex(doc);
            docs.remove(doc.id());
        }

        private void unindex(Document doc) {
            for (Map.Entry<String, String> e : doc.indexes().entrySet()) {
                // an indexed document is in the sets of each of its index values
                Map<String, TreeSet<String>> byValue = Objects.requireNonNull(index.get(e.getKey()));
                TreeSet<String> ids = Objects.requireNonNull(byValue.get(e.getValue()));
                ids.remove(doc.id());
                if (ids.isEmpty()) {
                    byValue.remove(e.getValue());
                }
            }
        }
    }
}
