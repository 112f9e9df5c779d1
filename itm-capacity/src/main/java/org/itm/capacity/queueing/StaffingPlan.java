package org.itm.capacity.queueing;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The answer of {@link Staffing#minimumAgents}: the fewest agents that meet the target, with the performance of
 * every agent count that was considered so the choice can be checked.
 *
 * @param workload    the offered work
 * @param erlangs     its traffic intensity, {@link Workload#erlangs()}
 * @param target      the target to meet
 * @param recommended the chosen option (its {@code agents} is the answer)
 * @param considered  every option evaluated, in increasing agent count, ending with {@code recommended}
 * @param explanation one sentence saying why this count was chosen
 * @since 0.1
 */
public record StaffingPlan(Workload workload, double erlangs, StaffingTarget target, StaffingOption recommended,
                           List<StaffingOption> considered, String explanation) {

    /**
     * Checks the components and copies the options.
     *
     * @param workload    the offered work
     * @param erlangs     its traffic intensity
     * @param target      the target to meet
     * @param recommended the chosen option
     * @param considered  every option evaluated; copied
     * @param explanation why this count was chosen; not blank
     * @throws org.itm.core.ItmValidationException if a component is null or {@code explanation} is blank
     */
    public StaffingPlan {
        Checks.notNull(workload, "workload");
        Checks.notNull(target, "target");
        Checks.notNull(recommended, "recommended");
        considered = List.copyOf(considered);
        Checks.notBlank(explanation, "explanation");
    }

    /**
     * The fewest agents that meet the target.
     *
     * @return {@code recommended().agents()}
     */
    public int agents() {
        return recommended.agents();
    }

    /**
     * The option for an agent count, to compare the answer with its neighbours.
     *
     * @param agents the agent count
     * @return the option, or empty if that count was not considered (below the smallest stable pool or above the
     *         answer)
     */
    public Optional<StaffingOption> option(int agents) {
        return considered.stream().filter(o -> o.agents() == agents).findFirst();
    }
}
