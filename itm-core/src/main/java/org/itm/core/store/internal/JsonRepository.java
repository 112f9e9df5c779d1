package org.itm.core.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.json.ItmJson;
import org.itm.core.store.ConcurrentModificationException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;

/** {@link Repository} that stores records as ItmJson documents. */
public final class JsonRepository<T> implements Repository<T> {

    private final DocumentStore store;
    private final Class<T> recordClass;
    private final String type;
    private final Function<? super T, String> idFunction;
    private final Map<String, Function<? super T, Optional<String>>> indexes;

    public JsonRepository(DocumentStore store, Class<T> recordClass, String type, Function<? super T, String> id,
            Map<String, Function<? super T, Optional<String>>> indexes) {
        this.store = store;
        this.recordClass = recordClass;
        this.type = type;
        this.idFunction = id;
        this.indexes = Map.copyOf(indexes);
        store.declare(type, this.indexes.keySet());
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public DocumentStore store() {
        return store;
    }

    @Override
    public Versioned<T> create(T value) {
        Write.Create c = toCreate(value);
        store.write(List.of(c));
        return new Versioned<>(value, 1);
    }

    @Override
    public Optional<Versioned<T>> get(String id) {
        return store.read(type, Checks.id(id, "id")).map(this::decode);
    }

    @Override
    public Versioned<T> update(T value, long expectedVersion) {
        store.write(List.of(toUpdate(value, expectedVersion)));
        return new Versioned<>(value, expectedVersion + 1);
    }

    @Override
    public Versioned<T> modify(String id, UnaryOperator<T> change) {
        Checks.id(id, "id");
        Checks.notNull(change, "change");
        for (int attempt = 1; ; attempt++) {
            Versioned<T> current = get(id).orElseThrow(
                    () -> new NotFoundException("no " + type + " with id '" + id + "'"));
            T changed = Checks.notNull(change.apply(current.value()), "change result");
            String changedId = idOf(changed);
            if (!changedId.equals(id)) {
                throw new ItmValidationException("change result.id", "must stay '" + id + "', was '" + changedId + "'");
            }
            try {
                return update(changed, current.version());
            } catch (ConcurrentModificationException e) {
                if (attempt >= MAX_MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void delete(String id, long expectedVersion) {
        store.write(List.of(toDelete(id, expectedVersion)));
    }

    @Override
    public Query query() {
        return Query.of(type);
    }

    @Override
    public Page<Versioned<T>> find(Query query) {
        checkType(query);
        Page<Document> page = store.query(query);
        return new Page<>(page.items().stream().map(this::decode).toList(), page.nextPageToken());
    }

    @Override
    public List<Versioned<T>> findAll(Query query) {
        checkType(query);
        List<Versioned<T>> all = new ArrayList<>();
        Query next = query;
        while (true) {
            Page<Versioned<T>> page = find(next);
            all.addAll(page.items());
            if (page.nextPageToken().isEmpty()) {
                return all;
            }
            next = query.after(page.nextPageToken().get());
        }
    }

    @Override
    public Write.Create toCreate(T value) {
        Checks.notNull(value, "value");
        return new Write.Create(type, idOf(value), indexesOf(value), ItmJson.toJson(value));
    }

    @Override
    public Write.Update toUpdate(T value, long expectedVersion) {
        Checks.notNull(value, "value");
        return new Write.Update(type, idOf(value), expectedVersion, indexesOf(value), ItmJson.toJson(value));
    }

    @Override
    public Write.Delete toDelete(String id, long expectedVersion) {
        return new Write.Delete(type, id, expectedVersion);
    }

    private void checkType(Query query) {
        Checks.notNull(query, "query");
        if (!query.type().equals(type)) {
            throw new ItmValidationException("query.type",
                    "must be '" + type + "' for this repository, was '" + query.type() + "'");
        }
    }

    private String idOf(T value) {
        return Checks.id(idFunction.apply(value), "id");
    }

    private Map<String, String> indexesOf(T value) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Function<? super T, Optional<String>>> e : indexes.entrySet()) {
            Optional<String> v = Checks.notNull(e.getValue().apply(value), "index." + e.getKey());
            v.ifPresent(s -> values.put(e.getKey(), s));
        }
        return values;
    }

    private Versioned<T> decode(Document doc) {
        return new Versioned<>(ItmJson.fromJson(doc.json(), recordClass), doc.version());
    }
}
