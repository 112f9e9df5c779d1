package org.itm.governance.roadmap;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;

/**
 * Where an initiative landed on the roadmap: its first quarter, the quarter after its last, how many quarters it
 * waited past its earliest dependency-feasible start (for capacity) and how many it could slip without delaying
 * a successor or the roadmap end.
 *
 * @param end      the quarter after its last one (exclusive)
 * @param delay    quarters after the earliest start its dependencies and planned start allow
 * @param slack    quarters it can slip without moving a dependent initiative or the end of the roadmap
 * @param reason   why it starts when it does
 */
public record Placement(InitiativeId id, YearQuarter start, YearQuarter end, int delay, int slack, String reason) {

    public Placement {
        Checks.notNull(id, "id");
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNegative(delay, "delay");
        Checks.notNegative(slack, "slack");
        Checks.notBlank(reason, "reason");
    }

    public boolean critical() {
        return slack == 0;
    }
}
