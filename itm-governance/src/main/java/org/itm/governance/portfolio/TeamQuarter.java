package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/** A team in one quarter: the unit in which capacity (FTE) is offered and demanded. */
public record TeamQuarter(String team, YearQuarter quarter) implements Comparable<TeamQuarter> {

    public TeamQuarter {
        Checks.id(team, "team");
        Checks.notNull(quarter, "quarter");
    }

    @Override
    public int compareTo(TeamQuarter o) {
        int c = team.compareTo(o.team);
        return c != 0 ? c : quarter.compareTo(o.quarter);
    }

    @Override
    public String toString() {
        return team + " in " + quarter;
    }
}
