package org.itm.governance.standards;

import java.time.LocalDate;
import org.itm.core.validation.Checks;
import org.itm.core.money.Money;

/**
 * A piece of technical debt: where it is, how bad, what fixing it costs, who owns it and when it was raised. Keep
 * items in a {@link TechDebtRegister}.
 *
 * @param id              the item's id
 * @param applicationId   the application it is in
 * @param description     what the debt is
 * @param severity        how bad it is
 * @param remediationCost what fixing it costs, zero or more
 * @param owner           who answers for it
 * @param raised          when it was raised
 * @since 0.1
 */
public record TechDebtItem(String id, String applicationId, String description, ViolationSeverity severity, Money remediationCost,
                           String owner, LocalDate raised) {

    /**
     * Checks the components.
     *
     * @param id              the item's id
     * @param applicationId   the application it is in
     * @param description     what the debt is
     * @param severity        how bad it is
     * @param remediationCost what fixing it costs, zero or more
     * @param owner           who answers for it
     * @param raised          when it was raised
     * @throws org.itm.core.ItmValidationException naming {@code id} or {@code applicationId} when not an id,
     *                                             {@code description} or {@code owner} when blank,
     *                                             {@code severity} or {@code raised} when null, or
     *                                             {@code remediationCost} when null or negative
     */
    public TechDebtItem {
        Checks.id(id, "id");
        Checks.id(applicationId, "applicationId");
        Checks.notBlank(description, "description");
        Checks.notNull(severity, "severity");
        Checks.notNull(remediationCost, "remediationCost");
        Checks.require(!remediationCost.isNegative(), "remediationCost", "must not be negative");
        Checks.notBlank(owner, "owner");
        Checks.notNull(raised, "raised");
    }
}
