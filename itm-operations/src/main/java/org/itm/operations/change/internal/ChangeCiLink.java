package org.itm.operations.change.internal;

import org.itm.core.store.DocumentIds;
import org.itm.core.validation.Checks;

/**
 * That change {@code changeId} touches configuration item {@code ci}: one document per pair, indexed by CI.
 *
 * @param changeId the change
 * @param ci       the configuration item
 */
public record ChangeCiLink(String changeId, String ci) {

    public ChangeCiLink {
        Checks.id(changeId, "changeId");
        Checks.notBlank(ci, "ci");
    }

    /** The document id of this link. */
    public String documentId() {
        return DocumentIds.forKey(changeId + "\u0000" + ci);
    }
}
