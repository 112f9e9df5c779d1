package org.itm.core.store;

import org.itm.core.ItmException;

/**
 * Thrown when a write expected a document version that is not the stored one (someone else wrote first, the
 * document to create already exists, or the document to update or delete is gone); nothing was written.
 *
 * <p>Recover by reading the document again, re-applying the change to the fresh version and retrying.
 *
 * @since 0.1
 */
public class StaleVersionException extends ItmException {

    private static final long serialVersionUID = 1L;

    /** Version meaning "the document does not exist" in {@link #expectedVersion()} and {@link #actualVersion()}. */
    public static final long ABSENT = 0;

    /** Type of the conflicting document. */
    private final String type;
    /** Id of the conflicting document. */
    private final String id;
    /** Version the write expected. */
    private final long expectedVersion;
    /** Version found in the store. */
    private final long actualVersion;

    /**
     * @param expectedVersion version the write expected, {@link #ABSENT} for a create
     * @param actualVersion   version found in the store, {@link #ABSENT} if there is no such document
     * @param type the document type
     * @param id the document id
     */
    public StaleVersionException(String type, String id, long expectedVersion, long actualVersion) {
        super(describe(type, id, expectedVersion, actualVersion));
        this.type = type;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String describe(String type, String id, long expected, long actual) {
        String what = type + "/" + id;
        if (expected == ABSENT) {
            return "cannot create " + what + ": it already exists at version " + actual;
        }
        if (actual == ABSENT) {
            return "cannot write " + what + " at expected version " + expected + ": it does not exist";
        }
        return "cannot write " + what + ": expected version " + expected + " but the stored version is " + actual;
    }

    /**
     * Type of the conflicting document.
     *
     * @return the document type
     */
    public String type() {
        return type;
    }

    /**
     * Id of the conflicting document.
     *
     * @return the document id
     */
    public String id() {
        return id;
    }

    /**
     * Version the write expected; {@link #ABSENT} for a create.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * Version found in the store; {@link #ABSENT} if the document does not exist.
     *
     * @return the actual version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
