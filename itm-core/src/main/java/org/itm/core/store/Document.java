package org.itm.core.store;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * One stored document: its key (type, id), its version and its content, as returned by a {@link DocumentStore}.
 *
 * @param type    document type, e.g. {@code incident}; an id-like name (see {@link Checks#id(String, String)})
 * @param id      id of the document within its type (see {@link Checks#id(String, String)})
 * @param version 1 after creation, increased by exactly 1 by every update
 * @param indexes values of the type's declared index fields that this document has; copied
 * @param json    the content, kept verbatim (the store never parses it)
 * @since 0.1
 */
public record Document(String type, String id, long version, Map<String, String> indexes, String json) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param type document type, e.g. {@code incident}; an id-like name (see {@link Checks#id(String, String)})
     * @param id id of the document within its type (see {@link Checks#id(String, String)})
     * @param version 1 after creation, increased by exactly 1 by every update
     * @param indexes values of the type's declared index fields that this document has; copied
     * @param json the content, kept verbatim (the store never parses it)
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Document {
        Checks.id(type, "type");
        Checks.id(id, "id");
        Checks.positive(version, "version");
        indexes = Write.checkIndexes(indexes);
        Write.checkJson(json);
    }
}
