package org.itm.operations.alert.intake;

import java.util.List;
import org.itm.core.Violation;
import org.itm.core.validation.Checks;

/**
 * One alert of a document that was not taken, and every reason why; {@link AlertIntake} never drops an alert
 * silently.
 *
 * @param entry   which entry, e.g. {@code alerts[2] (fingerprint c6eadffa33fcdf37)}
 * @param reasons the violations, each with the JSON path of the bad field; never empty
 * @since 0.1
 */
public record AlertRejection(String entry, List<Violation> reasons) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param entry   which entry, e.g. {@code alerts[2] (fingerprint c6eadffa33fcdf37)}
     * @param reasons the violations, each with the JSON path of the bad field; never empty
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public AlertRejection {
        Checks.notBlank(entry, "entry");
        reasons = List.copyOf(Checks.notEmpty(reasons, "reasons"));
    }

    /**
     * A one-line description for logs and reports.
     *
     * @return e.g. {@code alerts[2] (fingerprint c6ea…): $.alerts[2].status: must be firing or resolved, was 'open'}
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(entry).append(": ");
        for (int i = 0; i < reasons.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(reasons.get(i));
        }
        return sb.toString();
    }
}
