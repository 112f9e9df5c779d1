package org.itm.governance.standards;

import java.time.LocalDate;
import org.itm.core.validation.Checks;
import org.itm.core.money.Money;

/** A piece of technical debt: where it is, how bad, what fixing it costs, who owns it and when it was raised. */
public record TechDebtItem(String id, String applicationId, String description, ViolationSeverity severity, Money remediationCost,
                           String owner, LocalDate raised) {

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
