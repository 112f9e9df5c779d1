package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Full-time equivalents a team must give an initiative in one quarter of its run, counted from its start
 * (offset 0 is the first quarter), so that a roadmap can move the initiative without rewriting its demand.
 *
 * @param team          the team's id, as given to {@code RoadmapPlanner.Builder.teamCapacity}
 * @param quarterOffset the quarter of the initiative's run, 0 to 400: 0 is its first quarter
 * @param fte           full-time equivalents needed in that quarter; above zero
 * @since 0.1
 */
public record TeamDemand(String team, int quarterOffset, double fte) {

    /**
     * Checks the components.
     *
     * @param team          the team's id, as given to {@code RoadmapPlanner.Builder.teamCapacity}
     * @param quarterOffset the quarter of the initiative's run, 0 to 400: 0 is its first quarter
     * @param fte           full-time equivalents needed in that quarter; above zero
     * @throws org.itm.core.ItmValidationException naming {@code team} when not an id, {@code quarterOffset} when
     *                                             outside 0 to 400, or {@code fte} when not positive and finite
     */
    public TeamDemand {
        Checks.id(team, "team");
        Checks.between(quarterOffset, 0, 400, "quarterOffset");
        Checks.positive(fte, "fte");
    }
}
