package org.itm.core.store;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;

/**
 * Thrown when a stored document cannot be rebuilt into its record: it breaks an invariant of the record's
 * construction, does not match its shape, or carries a type version this code does not know. Each violation's
 * path starts with {@code type/id} and continues with the JSON path of the offending field (for example
 * {@code change/CHG-7:$.state}), so the log line says which document to repair or migrate.
 *
 * @since 0.1
 */
public class StoredDocumentException extends ItmValidationException {

    private static final long serialVersionUID = 1L;

    /** The document type. */
    private final String type;
    /** The document id. */
    private final String id;
    /** The type version the document was stored at. */
    private final int typeVersion;

    /**
     * @param type        the document type
     * @param id          the document id
     * @param typeVersion the type version the document was stored at
     * @param cause       what was wrong, with paths relative to the document
     */
    public StoredDocumentException(String type, String id, int typeVersion, ItmValidationException cause) {
        super(prefixed(type, id, cause.violations()));
        initCause(cause);
        this.type = type;
        this.id = id;
        this.typeVersion = typeVersion;
    }

    /**
     * The type of the rejected document.
     *
     * @return the document type
     */
    public String type() {
        return type;
    }

    /**
     * The id of the rejected document.
     *
     * @return the document id
     */
    public String id() {
        return id;
    }

    /**
     * The type version the rejected document was stored at.
     *
     * @return the type version
     */
    public int typeVersion() {
        return typeVersion;
    }

    private static List<Violation> prefixed(String type, String id, List<Violation> violations) {
        return violations.stream().map(v -> new Violation(type + "/" + id + ":" + v.path(), v.message())).toList();
    }
}
