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
 *
 * @since 0.1
 */
public sealed interface Write permits Write.Create, Write.Update, Write.Delete {

    /** Longest accepted index value, in characters. */
    int MAX_INDEX_VALUE_CHARS = 512;

    /**
     * Type of the document written.
     *
     * @return the document type
     */
    String type();

    /**
     * Id of the document written.
     *
     * @return the document id
     */
    String id();

    /**
     * The index values this write stores; empty for a {@link Delete}.
     *
     * @return the index field → value map, unmodifiable
     */
    default Map<String, String> indexValues() {
        if (this instanceof Create c) {
            return c.indexes();
        }
        if (this instanceof Update u) {
            return u.indexes();
        }
        return Map.of();
    }

    /**
     * The version this write expects to find; {@link StaleVersionException#ABSENT} for a {@link Create}.
     *
     * @return the expected stored version, or {@link StaleVersionException#ABSENT} when the document must not exist
     */
    default long expectedVersionOrAbsent() {
        if (this instanceof Update u) {
            return u.expectedVersion();
        }
        if (this instanceof Delete d) {
            return d.expectedVersion();
        }
        return StaleVersionException.ABSENT;
    }

    /**
     * Creates a document at version 1; conflicts if a document with that type and id exists.
     *
     * @param indexes values for (some of) the type's declared index fields; copied
     * @param json    the content; 1 to {@link ItmJson#MAX_DOCUMENT_CHARS} characters
     */
    record Create(String type, String id, Map<String, String> indexes, String json) implements Write {
        /**
         * Checks the type, id, indexes and content.
         *
         * @param type the document type
         * @param id the document id
         * @param indexes values for the type's declared index fields
         * @param json the content
         * @throws org.itm.core.ItmValidationException naming each bad component
         */
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
        /**
         * Checks the type, id, version, indexes and content.
         *
         * @param type the document type
         * @param id the document id
         * @param expectedVersion the version last read, 1 or more
         * @param indexes the new index values
         * @param json the new content
         * @throws org.itm.core.ItmValidationException naming each bad component
         */
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
        /**
         * Checks the type, id and version.
         *
         * @param type the document type
         * @param id the document id
         * @param expectedVersion the version last read, 1 or more
         * @throws org.itm.core.ItmValidationException naming each bad component
         */
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
     *
     * @param batch the writes to check, as given to the store
     * @param violations where the per-write problems are collected
     * @param perWrite the store's own check of each non-null write and its index in the batch
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
     *
     * @param write the write to check
     * @param index its position in the batch, for the violation path
     * @param fields the index fields declared for the write's type
     * @param violations where problems are collected
     */
    static void checkIndexFields(Write write, int index, Set<String> fields, Violations violations) {
        for (String field : write.indexValues().keySet()) {
            if (!fields.contains(field)) {
                violations.add("batch[" + index + "].indexes." + field,
                        "is not an index field of type '" + write.type() + "' " + new TreeSet<>(fields));
            }
        }
    }

    /**
     * Validates and copies an index map: id-like field names; values of at most {@value #MAX_INDEX_VALUE_CHARS}
     * characters that every store keeps as given (see {@link #checkIndexValue}).
     *
     * @param indexes the index map to check; may be null (reported)
     * @return an unmodifiable copy
     * @throws org.itm.core.ItmValidationException naming each bad field or value
     */
    static Map<String, String> checkIndexes(@Nullable Map<String, String> indexes) {
        Checks.notNull(indexes, "indexes");
        for (Map.Entry<String, String> e : indexes.entrySet()) {
            Checks.id(e.getKey(), "indexes");
            checkIndexValue(e.getValue(), "indexes." + e.getKey());
        }
        return Map.copyOf(indexes);
    }

    /**
     * Checks one index value (or query filter value, so that a query cannot fail where a write was refused): at most
     * {@value #MAX_INDEX_VALUE_CHARS} characters, no U+0000 and no unpaired surrogate
     * ({@link Checks#unicodeText}), which not every database can store faithfully.
     *
     * @param value the value to check
     * @param path the name reported in the exception
     * @return {@code value}
     * @throws org.itm.core.ItmValidationException naming {@code path} if the value is null, too long or not storable
     */
    static String checkIndexValue(@Nullable String value, String path) {
        Checks.notNull(value, path);
        if (value.length() > MAX_INDEX_VALUE_CHARS) {
            throw new ItmValidationException(path,
                    "must be at most " + MAX_INDEX_VALUE_CHARS + " characters, was " + value.length());
        }
        return Checks.unicodeText(value, path);
    }

    /**
     * Checks document content: 1 to {@link ItmJson#MAX_DOCUMENT_CHARS} characters of text every store keeps as
     * given, so that a document one store accepts every store accepts: no U+0000 or unpaired surrogate, either as a
     * character ({@link Checks#unicodeText}) or as a JSON escape (<code>&#92;u0000</code>, a high surrogate escape
     * <code>&#92;uD800</code>-<code>&#92;uDBFF</code> not followed by a low one
     * <code>&#92;uDC00</code>-<code>&#92;uDFFF</code>, or a low one alone), which PostgreSQL's jsonb refuses and a
     * JSON reader would decode into the same characters. The content is not otherwise parsed.
     *
     * @param json the content to check
     * @return {@code json}
     * @throws org.itm.core.ItmValidationException naming {@code json} if the content is empty, too long or not storable
     */
    static String checkJson(@Nullable String json) {
        Checks.notBlank(json, "json");
        if (json.length() > ItmJson.MAX_DOCUMENT_CHARS) {
            throw new ItmValidationException("json",
                    "must be at most " + ItmJson.MAX_DOCUMENT_CHARS + " characters, was " + json.length());
        }
        Checks.unicodeText(json, "json");
        checkUnicodeEscapes(json);
        return json;
    }

    private static void checkUnicodeEscapes(String json) {
        int n = json.length();
        // a backslash in JSON text only ever starts an escape (outside strings it is invalid anyway), so pairing
        // each backslash with the character after it finds every escape without parsing the document
        int i = json.indexOf('\\');
        while (i >= 0 && i + 1 < n) {
            if (json.charAt(i + 1) != 'u') {
                i = json.indexOf('\\', i + 2);
                continue;
            }
            int unit = hex4(json, i + 2);
            if (unit == 0) {
                throw new ItmValidationException("json", "must not contain the escape \\u0000 (NUL), found at "
                        + "index " + i);
            }
            int next = i + 6;
            if (unit >= 0 && Character.isSurrogate((char) unit)) {
                boolean paired = Character.isHighSurrogate((char) unit) && next + 1 < n && json.charAt(next) == '\\'
                        && json.charAt(next + 1) == 'u' && hex4(json, next + 2) >= 0
                        && Character.isLowSurrogate((char) hex4(json, next + 2));
                if (!paired) {
                    throw new ItmValidationException("json", "must not contain an unpaired surrogate escape, found "
                            + json.substring(i, i + 6) + " at index " + i);
                }
                next += 6;
            }
            i = json.indexOf('\\', Math.min(next, n));
        }
    }

    /** The value of the 4 hex digits at {@code from}, or -1 if there are not 4 hex digits there. */
    private static int hex4(String s, int from) {
        if (from + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
