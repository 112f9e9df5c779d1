package org.itm.risk.vuln;

import java.time.LocalDate;
import org.itm.core.validation.Checks;

/**
 * One vulnerability of CISA's Known Exploited Vulnerabilities catalog.
 *
 * @param cve                CVE identifier ({@code cveID})
 * @param vendorProject      vendor or project
 * @param product            product
 * @param name               vulnerability name
 * @param dateAdded          when CISA listed it
 * @param dueDate            remediation due date for US federal agencies
 * @param requiredAction     what CISA requires
 * @param knownRansomwareUse whether CISA knows of ransomware campaign use ("Known")
 * @since 0.1
 */
public record KevEntry(String cve, String vendorProject, String product, String name, LocalDate dateAdded,
                       LocalDate dueDate, String requiredAction, boolean knownRansomwareUse) {

    /**
     * Checks the components.
     *
     * @param cve                CVE identifier ({@code cveID})
     * @param vendorProject      vendor or project
     * @param product            product
     * @param name               vulnerability name
     * @param dateAdded          when CISA listed it
     * @param dueDate            remediation due date for US federal agencies
     * @param requiredAction     what CISA requires
     * @param knownRansomwareUse whether CISA knows of ransomware campaign use ("Known")
     * @throws org.itm.core.ItmValidationException naming {@code cveID} when blank; {@code vendorProject},
     *                                             {@code product}, {@code vulnerabilityName}, {@code dateAdded},
     *                                             {@code dueDate} or {@code requiredAction} when null
     */
    public KevEntry {
        Checks.notBlank(cve, "cveID");
        Checks.notNull(vendorProject, "vendorProject");
        Checks.notNull(product, "product");
        Checks.notNull(name, "vulnerabilityName");
        Checks.notNull(dateAdded, "dateAdded");
        Checks.notNull(dueDate, "dueDate");
        Checks.notNull(requiredAction, "requiredAction");
    }
}
