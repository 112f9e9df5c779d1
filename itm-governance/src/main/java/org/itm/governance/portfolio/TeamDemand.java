package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Full-time equivalents a team must give an initiative in one quarter of its run, counted from its start
 * (offset 0 is the first quarter), so that a roadmap can move the initiative without rewriting its demand.
 */
public record TeamDemand(String team, int quarterOffset, double fte) {

    public TeamDemand {
        Checks.id(team, "team");
        Checks.between(quarterOffset, 0, 400, "quarterOffset");
        Checks.positive(fte, "fte");
    }
}
