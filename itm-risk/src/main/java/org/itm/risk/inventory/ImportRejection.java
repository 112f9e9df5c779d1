package org.itm.risk.inventory;

import java.util.List;
import org.itm.core.Violation;
import org.itm.core.validation.Checks;

/**
 * One entry of an imported document that was not taken, and every reason why. Connectors never drop an entry
 * silently: each is either accepted whole or listed as a rejection.
 *
 * @param entry   which entry, e.g. {@code components[12] (pkg:maven/org.foo/bar@1.0)} or {@code GHSA-xxxx-...}
 * @param reasons the violations, each with the JSON path of the bad field; never empty
 * @since 0.1
 */
public record ImportRejection(String entry, List<Violation> reasons) {

    /**
     * Checks the components and copies the reasons.
     *
     * @param entry   which entry, e.g. {@code components[12] (pkg:maven/org.foo/bar@1.0)} or {@code GHSA-xxxx-...}
     * @param reasons the violations, each with the JSON path of the bad field; never empty
     * @throws org.itm.core.ItmValidationException naming {@code entry} when blank or {@code reasons} when null or
     *                                             empty
     */
    public ImportRejection {
        Checks.notBlank(entry, "entry");
        reasons = List.copyOf(Checks.notEmpty(reasons, "reasons"));
    }

    /**
     * A one-line description for logs and reports.
     *
     * @return e.g. {@code components[3]: $.components[3].purl: must start with pkg:}
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(entry).append(": ");
        for (int i = 0; i < reasons.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(reasons.get(i));
        }
        return sb.toString();
    }
}
