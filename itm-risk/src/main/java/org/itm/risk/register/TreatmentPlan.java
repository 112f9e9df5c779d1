package org.itm.risk.register;

import java.time.LocalDate;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * How a risk is treated, the plan, when it must be done and whether it is.
 *
 * @param treatment  accept, mitigate, transfer or avoid
 * @param plan       what will be done
 * @param dueDate    when the plan must be complete
 * @param completedOn when it was completed, if it was
 */
public record TreatmentPlan(Treatment treatment, String plan, LocalDate dueDate, Optional<LocalDate> completedOn) {

    public TreatmentPlan {
        Checks.notNull(treatment, "treatment");
        Checks.notBlank(plan, "plan");
        Checks.notNull(dueDate, "dueDate");
        Checks.notNull(completedOn, "completedOn");
    }

    public static TreatmentPlan of(Treatment treatment, String plan, LocalDate dueDate) {
        return new TreatmentPlan(treatment, plan, dueDate, Optional.empty());
    }

    /** True when not completed and {@code today} is after the due date. */
    public boolean isOverdue(LocalDate today) {
        return completedOn.isEmpty() && today.isAfter(dueDate);
    }
}
