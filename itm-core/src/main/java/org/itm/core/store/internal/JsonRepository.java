package org.itm.core.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.json.ItmJson;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Migration;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.StoredDocumentException;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@link Repository} that stores records as ItmJson documents in a type-version envelope. Writing wraps the
 * record's JSON text without re-parsing it; reading parses the envelope into a tree, migrates it if it is older and
 * binds the record from the tree.
 */
public final class JsonRepository<T> implements Repository<T> {

    /** Envelope field holding the type version; the colon keeps it apart from any record component name. */
    public static final String VERSION_FIELD = "itm:typeVersion";
    /** Envelope field holding the record. */
    public static final String VALUE_FIELD = "itm:value";

    private final DocumentStore store;
    private final Class<T> recordClass;
    private final String type;
    private final Function<? super T, String> idFunction;
    private final Map<String, Function<? super T, Optional<String>>> indexes;
    private final int typeVersion;
    private final Map<Integer, Migration> migrations;
    private final String envelopeStart;

    public JsonRepository(DocumentStore store, Class<T> recordClass, String type, Function<? super T, String> id,
            Map<String, Function<? super T, Optional<String>>> indexes, int typeVersion,
            Map<Integer, Migration> migrations) {
        this.store = store;
        this.recordClass = recordClass;
        this.type = type;
        this.idFunction = id;
        this.indexes = Map.copyOf(indexes);
        this.typeVersion = typeVersion;
        this.migrations = Map.copyOf(migrations);
        this.envelopeStart = "{\"" + VERSION_FIELD + "\":" + typeVersion + ",\"" + VALUE_FIELD + "\":";
        store.declare(type, this.indexes.keySet());
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public int typeVersion() {
        return typeVersion;
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
            } catch (StaleVersionException e) {
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
        return new Write.Create(type, idOf(value), indexesOf(value), envelope(value));
    }

    @Override
    public Write.Update toUpdate(T value, long expectedVersion) {
        Checks.notNull(value, "value");
        return new Write.Update(type, idOf(value), expectedVersion, indexesOf(value), envelope(value));
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

    private String envelope(T value) {
        return envelopeStart + ItmJson.toJson(value) + "}";
    }

    private Versioned<T> decode(Document doc) {
        int version = 1;
        String json = doc.json();
        if (json.startsWith(envelopeStart) && json.endsWith("}")) {
            // the common case, a document written at this code's own type version: bind the record straight from the
            // text inside the envelope instead of building a tree first (a trailing token after it is still an error)
            version = typeVersion;
            try {
                return new Versioned<>(ItmJson.json().readValue(
                        json.substring(envelopeStart.length(), json.length() - 1), recordClass), doc.version());
            } catch (ItmValidationException e) {
                throw new StoredDocumentException(type, doc.id(), version, e);
            } catch (JacksonException e) {
                throw new StoredDocumentException(type, doc.id(), version, ItmJson.toValidation(e));
            }
        }
        try {
            JsonNode root = ItmJson.json().readTree(json);
            JsonNode value = root;
            if (root.isObject() && root.has(VERSION_FIELD)) {
                JsonNode v = root.get(VERSION_FIELD);
                if (!v.isInt() || v.intValue() < 1) {
                    throw new ItmValidationException("$." + VERSION_FIELD, "must be a whole number of at least 1, was " + v);
                }
                version = v.intValue();
                value = root.get(VALUE_FIELD);
                if (value == null || root.size() != 2) {
                    throw new ItmValidationException("$", "an envelope must hold exactly " + VERSION_FIELD + " and "
                            + VALUE_FIELD + ", had " + root.propertyNames());
                }
            }
            if (version > typeVersion) {
                throw new ItmValidationException("$." + VERSION_FIELD, "is " + version + ", newer than the type version "
                        + typeVersion + " this code reads; upgrade the code before reading this document");
            }
            for (int from = version; from < typeVersion; from++) {
                // the builder required a step from every older version
                value = Checks.notNull(Objects.requireNonNull(migrations.get(from)).migrate(value), "migration." + from + " result");
            }
            return new Versioned<>(ItmJson.json().treeToValue(value, recordClass), doc.version());
        } catch (ItmValidationException e) {
            throw new StoredDocumentException(type, doc.id(), version, e);
        } catch (JacksonException e) {
            throw new StoredDocumentException(type, doc.id(), version, ItmJson.toValidation(e));
        }
    }
}
