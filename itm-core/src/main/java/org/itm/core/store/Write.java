package org.itm.core.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * One write of a batch passed to {@link DocumentStore#write(java.util.List)}: a {@link Create}, an
 * {@link Update} or a {@link Delete}. The single-document methods of {@link DocumentStore} use the same values.
 */
public sealed interface Write permits Write.Create, Write.Update, Write.Delete {

    /** Longest accepted index value, in characters. */
    int MAX_INDEX_VALUE_CHARS = 512;

    /** Type of the document written. */
    String type();

    /** Id of the document written. */
    String id();

    /** The index values this write stores; empty for a {@link Delete}. */
    default Map<String, String> indexValues() {
        if (this instanceof Create c) {
            return c.indexes();
        }
        if (this instanceof Update u) {
            return u.indexes();
        }
        return Map.of();
    }

    /** The version this write expects to find; {@link ConcurrentModificationException#ABSENT} for a {@link Create}. */
    default long expectedVersionOrAbsent() {
        if (this instanceof Update u) {
            return u.expectedVersion();
        }
        if (this instanceof Delete d) {
            return d.expectedVersion();
        }
        return ConcurrentModificationException.ABSENT;
    }

    /**
     * Creates a document at version 1; conflicts if a document with that type and id exists.
     *
     * @param indexes values for (some of) the type's declared index fields; copied
     * @param json    the content; 1 to {@link ItmJson#MAX_DOCUMENT_CHARS} characters
     */
    record Create(String type, String id, Map<String, String> indexes, String json) implements Write {
        public Create {
            Checks.id(type, "type");
            Checks.id(id, "id");
            indexes = checkIndexes(indexes);
            checkJson(json);
        }
    }

    /**
     * Replaces the content and indexes of a document stored at {@code expectedVersion}; the new version is
     * {@code expectedVersion + 1}. Conflicts if the stored version differs or the document does not exist.
     */
    record Update(String type, String id, long expectedVersion, Map<String, String> indexes, String json)
            implements Write {
        public Update {
            Checks.id(type, "type");
            Checks.id(id, "id");
            Checks.positive(expectedVersion, "expectedVersion");
            indexes = checkIndexes(indexes);
            checkJson(json);
        }
    }

    /** Deletes a document stored at {@code expectedVersion}; conflicts if the version differs or it is absent. */
    record Delete(String type, String id, long expectedVersion) implements Write {
        public Delete {
            Checks.id(type, "type");
            Checks.id(id, "id");
            Checks.positive(expectedVersion, "expectedVersion");
        }
    }

    /**
     * The checks every {@link DocumentStore#write(List)} makes of a batch before it touches anything, for store
     * implementations: 1 to {@link DocumentStore#MAX_BATCH_SIZE} writes (thrown at once, naming {@code batch.size}),
     * then, into {@code violations} and in batch order, null writes and documents written twice, followed for each
     * non-null write by the store's own checks ({@code perWrite} receives the write and its index).
     */
    static void checkBatch(@Nullable List<? extends Write> batch, Violations violations,
                           ObjIntConsumer<Write> perWrite) {
        Checks.notNull(batch, "batch");
        Checks.between(batch.size(), 1, DocumentStore.MAX_BATCH_SIZE, "batch.size");
        Set<String> documents = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Write w = batch.get(i);
            if (w == null) {
                violations.add("batch[" + i + "]", "must not be null");
                continue;
            }
            if (!documents.add(w.type() + "\n" + w.id())) {
                violations.add("batch[" + i + "]", "writes " + w.type() + "/" + w.id()
                        + " a second time; a batch may touch each document once");
            }
            perWrite.accept(w, i);
        }
    }

    /**
     * Adds to {@code violations} each index field of {@code write}, the {@code index}-th of its batch, that is not
     * among {@code fields}, the index fields declared for its type.
     */
    static void checkIndexFields(Write write, int index, Set<String> fields, Violations violations) {
        for (String field : write.indexValues().keySet()) {
            if (!fields.contains(field)) {
                violations.add("batch[" + index + "].indexes." + field,
                        "is not an index field of type '" + write.type() + "' " + new TreeSet<>(fields));
            }
        }
    }

    /** Validates and copies an index map: id-like field names, values of at most {@value #MAX_INDEX_VALUE_CHARS} characters. */
    static Map<String, String> checkIndexes(@Nullable Map<String, String> indexes) {
        Checks.notNull(indexes, "indexes");
        for (Map.Entry<String, String> e : indexes.entrySet()) {
            Checks.id(e.getKey(), "indexes");
            String value = Checks.notNull(e.getValue(), "indexes." + e.getKey());
            if (value.length() > MAX_INDEX_VALUE_CHARS) {
                throw new ItmValidationException("indexes." + e.getKey(),
                        "must be at most " + MAX_INDEX_VALUE_CHARS + " characters, was " + value.length());
            }
        }
        return Map.copyOf(indexes);
    }

    static String checkJson(@Nullable String json) {
        Checks.notBlank(json, "json");
        if (json.length() > ItmJson.MAX_DOCUMENT_CHARS) {
            throw new ItmValidationException("json",
                    "must be at most " + ItmJson.MAX_DOCUMENT_CHARS + " characters, was " + json.length());
        }
        return json;
    }
}
