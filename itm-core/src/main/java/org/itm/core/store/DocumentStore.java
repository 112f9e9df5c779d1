package org.itm.core.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Storage SPI: a store of JSON documents keyed by (type, id), each with a version, queryable by equality on
 * declared index fields. Implement it to keep ITM's records in your database; use
 * {@link DocumentStores#inMemory()} for tests and single-process use.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Types are declared</b> with {@link #declare(String, Set)} before any other operation on them; an
 *       operation on an undeclared type, an index value for an undeclared field, or a filter on an undeclared
 *       field is rejected with {@link org.itm.core.ItmValidationException}.</li>
 *   <li><b>Versions</b> start at 1 on creation and grow by exactly 1 with every update. A deleted document is
 *       gone; creating it again starts over at 1.</li>
 *   <li><b>Optimistic concurrency</b>: create conflicts if the document exists, update and delete conflict
 *       unless the stored version equals the expected one. A conflict throws
 *       {@link StaleVersionException} and writes nothing.</li>
 *   <li><b>Batches</b> ({@link #write(List)}) are atomic and isolated: either every write is applied or none
 *       is, and no reader observes part of a batch. A batch touches each (type, id) at most once.</li>
 *   <li><b>Thread-safety</b>: every method may be called concurrently; each call behaves as if executed alone
 *       at some instant between its start and its end (linearizable), so read-modify-write with the expected
 *       version never loses an update.</li>
 *   <li><b>Query order and paging</b>: results are ordered by id ({@link String#compareTo}); a page token
 *       continues strictly after the last id of its page. Paging a query to the end therefore returns every
 *       document that matched during the whole walk exactly once, even when other writes happen between
 *       pages; documents created, deleted or re-indexed during the walk may or may not appear (at most once).</li>
 *   <li><b>Bad input</b> (null or invalid names and ids, oversized values, foreign page tokens) throws
 *       {@link org.itm.core.ItmValidationException} and changes nothing.</li>
 * </ul>
 *
 * <p>Implementations are found by {@link DocumentStores#load()} through a {@link DocumentStoreProvider}, and
 * can always be passed explicitly instead. Prove an implementation with
 * {@code org.itm.testkit.store.StoreCompatibilityKit}.
 *
 * @since 0.1
 */
public interface DocumentStore {

    /** Largest accepted batch. */
    int MAX_BATCH_SIZE = 1000;

    /**
     * Declares the document {@code type} and the fields its documents may be queried by. Declaring a type
     * again with the same fields does nothing; with different fields it is rejected.
     *
     * @param type the document type, an id-like string such as {@code incident}
     * @param indexedFields the id-like names of the fields queries may filter on; may be empty
     * @throws org.itm.core.ItmValidationException if the type exists with other fields, or a name is invalid
     */
    void declare(String type, Set<String> indexedFields);

    /**
     * The current version of the document, or empty if there is none.
     *
     * @param type the document type
     * @param id the document id
     * @return the document with its version, or empty if there is no such document
     */
    Optional<Document> read(String type, String id);

    /**
     * One page of the documents matching {@code query}, ordered by id.
     *
     * @param query the type, filters, page size and page token
     * @return the matching documents of this page, and the token of the next page if there is one
     */
    Page<Document> query(Query query);

    /**
     * Applies every write of {@code batch} atomically (1 to {@value #MAX_BATCH_SIZE} writes, each key at most once).
     *
     * @param batch the writes to apply together
     * @throws StaleVersionException if any write conflicts (the exception names the first conflicting
     *         write in batch order); then nothing is written
     * @throws org.itm.core.ItmValidationException if the batch is empty, too large, touches a document twice,
     *         names an undeclared type or index field; then nothing is written
     */
    void write(List<? extends Write> batch);

    /**
     * Creates a document at version 1.
     *
     * @param type a declared document type
     * @param id the new document's id
     * @param indexes values for some of the type's declared index fields
     * @param json the content
     * @return the stored document at version 1
     * @throws StaleVersionException if it exists already
     */
    default Document create(String type, String id, Map<String, String> indexes, String json) {
        Write.Create create = new Write.Create(type, id, indexes, json);
        write(List.of(create));
        return new Document(type, id, 1, create.indexes(), json);
    }

    /**
     * Replaces a document stored at {@code expectedVersion}; returns it at {@code expectedVersion + 1}.
     *
     * @param type a declared document type
     * @param id the document id
     * @param expectedVersion the version last read
     * @param indexes the new index values
     * @param json the new content
     * @return the stored document at its new version
     * @throws StaleVersionException if the stored version differs or the document does not exist
     */
    default Document update(String type, String id, long expectedVersion, Map<String, String> indexes,
            String json) {
        Write.Update update = new Write.Update(type, id, expectedVersion, indexes, json);
        write(List.of(update));
        return new Document(type, id, expectedVersion + 1, update.indexes(), json);
    }

    /**
     * Deletes a document stored at {@code expectedVersion}.
     *
     * @param type a declared document type
     * @param id the document id
     * @param expectedVersion the version last read
     * @throws StaleVersionException if the stored version differs or the document does not exist
     */
    default void delete(String type, String id, long expectedVersion) {
        write(List.of(new Write.Delete(type, id, expectedVersion)));
    }
}
