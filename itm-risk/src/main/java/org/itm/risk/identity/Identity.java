package org.itm.risk.identity;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A person or service account.
 *
 * @param id         identifier
 * @param name       display name
 * @param type       employee, contractor or service account
 * @param status     active, suspended or terminated
 * @param department department (peer group and birthright key)
 * @param jobRole    job role (peer group and birthright key)
 * @param manager    manager's identity id (default certification reviewer; owner of a service account)
 * @since 0.1
 */
public record Identity(String id, String name, IdentityType type, IdentityStatus status, String department,
                       String jobRole, Optional<String> manager) {

    /**
     * Checks the components.
     *
     * @param id         identifier
     * @param name       display name
     * @param type       employee, contractor or service account
     * @param status     active, suspended or terminated
     * @param department department (peer group and birthright key)
     * @param jobRole    job role (peer group and birthright key)
     * @param manager    manager's identity id (default certification reviewer; owner of a service account)
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id; {@code name}, {@code department}
     *                                             or {@code jobRole} when blank; {@code type}, {@code status} or
     *                                             {@code manager} when null
     */
    public Identity {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(type, "type");
        Checks.notNull(status, "status");
        Checks.notBlank(department, "department");
        Checks.notBlank(jobRole, "jobRole");
        Checks.notNull(manager, "manager");
    }

    /**
     * This identity in another lifecycle state, e.g. {@link IdentityStatus#TERMINATED} for a leaver.
     *
     * @param newStatus the new state
     * @return a copy with the status replaced
     * @throws org.itm.core.ItmValidationException naming {@code status} when {@code newStatus} is null
     */
    public Identity withStatus(IdentityStatus newStatus) {
        return new Identity(id, name, type, newStatus, department, jobRole, manager);
    }
}
