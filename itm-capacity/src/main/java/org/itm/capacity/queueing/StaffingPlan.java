package org.itm.capacity.queueing;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The answer of {@link Staffing#minimumAgents}: the fewest agents that meet the target, with the performance of
 * every agent count that was considered so the choice can be checked.
 *
 * @param workload    the offered work
 * @param erlangs     its traffic intensity
 * @param target      the target to meet
 * @param recommended the chosen option (its {@code agents} is the answer)
 * @param considered  every option evaluated, in increasing agent count, ending with {@code recommended}
 * @param explanation one sentence saying why this count was chosen
 */
public record StaffingPlan(Workload workload, double erlangs, StaffingTarget target, StaffingOption recommended,
                           List<StaffingOption> considered, String explanation) {

    public StaffingPlan {
        Checks.notNull(workload, "workload");
        Checks.notNull(target, "target");
        Checks.notNull(recommended, "recommended");
        considered = List.copyOf(considered);
        Checks.notBlank(explanation, "explanation");
    }

    /** The fewest agents that meet the target. */
    public int agents() {
        return recommended.agents();
    }

    /** The option for {@code agents}, if it was considered. */
    public Optional<StaffingOption> option(int agents) {
        return considered.stream().filter(o -> o.agents() == agents).findFirst();
    }
}
