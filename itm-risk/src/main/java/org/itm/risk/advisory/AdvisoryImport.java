package org.itm.risk.advisory;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.risk.inventory.ImportRejection;

/**
 * The result of reading advisories: every record is accepted whole or rejected with its reasons.
 *
 * @param accepted the advisories read
 * @param rejected the records not taken, each naming the record (by id when it has one) and every bad field
 * @since 0.1
 */
public record AdvisoryImport(List<Advisory> accepted, List<ImportRejection> rejected) {

    /**
     * Checks the components and copies the collections.
     *
     * @param accepted the advisories read
     * @param rejected the records not taken, each naming the record (by id when it has one) and every bad field
     * @throws org.itm.core.ItmValidationException naming {@code accepted} or {@code rejected} when null
     */
    public AdvisoryImport {
        accepted = List.copyOf(Checks.notNull(accepted, "accepted"));
        rejected = List.copyOf(Checks.notNull(rejected, "rejected"));
    }
}
