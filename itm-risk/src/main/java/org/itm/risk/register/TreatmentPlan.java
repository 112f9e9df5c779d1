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
 * @since 0.1
 */
public record TreatmentPlan(Treatment treatment, String plan, LocalDate dueDate, Optional<LocalDate> completedOn) {

    /**
     * Checks the components.
     *
     * @param treatment  accept, mitigate, transfer or avoid
     * @param plan       what will be done
     * @param dueDate    when the plan must be complete
     * @param completedOn when it was completed, if it was
     * @throws org.itm.core.ItmValidationException naming {@code treatment}, {@code dueDate} or {@code completedOn}
     *                                             when null, or {@code plan} when blank
     */
    public TreatmentPlan {
        Checks.notNull(treatment, "treatment");
        Checks.notBlank(plan, "plan");
        Checks.notNull(dueDate, "dueDate");
        Checks.notNull(completedOn, "completedOn");
    }

    /**
     * A plan not completed yet.
     *
     * @param treatment how the risk is treated
     * @param plan      what will be done
     * @param dueDate   when the plan must be complete
     * @return the plan
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static TreatmentPlan of(Treatment treatment, String plan, LocalDate dueDate) {
        return new TreatmentPlan(treatment, plan, dueDate, Optional.empty());
    }

    /**
     * Whether the plan is late.
     *
     * @param today the date to judge by
     * @return {@code true} when not completed and {@code today} is after the due date
     */
    public boolean isOverdue(LocalDate today) {
        return completedOn.isEmpty() && today.isAfter(dueDate);
    }
}
