package org.itm.governance.roadmap;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;

/**
 * Where an initiative landed on the roadmap: its first quarter, the quarter after its last, how many quarters it
 * waited past its earliest dependency-feasible start (for capacity) and how many it could slip without delaying
 * a successor or the roadmap end.
 *
 * <p>Placements are made by {@link RoadmapPlanner#plan}; read them from {@link Roadmap#placements()} or
 * {@link Roadmap#placement(InitiativeId)}.
 *
 * @param id       the initiative placed
 * @param start    its first quarter
 * @param end      the quarter after its last one (exclusive): an initiative of two quarters starting in 2027-Q1 has
 *                 end 2027-Q3
 * @param delay    quarters, zero or more, it waited after the earliest start its prerequisites and planned start
 *                 allow, because a team it needs had no FTE free
 * @param slack    quarters, zero or more, it can slip without moving a dependent initiative or the roadmap's end
 * @param reason   why it starts when it does, e.g. {@code "starts when prerequisite PLATFORM ends"}
 * @since 0.1
 */
public record Placement(InitiativeId id, YearQuarter start, YearQuarter end, int delay, int slack, String reason) {

    /**
     * Checks the placement.
     *
     * @param id       the initiative placed
     * @param start    its first quarter
     * @param end      the quarter after its last one (exclusive): an initiative of two quarters starting in 2027-Q1 has
     *                 end 2027-Q3
     * @param delay    quarters, zero or more, it waited after the earliest start its prerequisites and planned start
     *                 allow, because a team it needs had no FTE free
     * @param slack    quarters, zero or more, it can slip without moving a dependent initiative or the roadmap's end
     * @param reason   why it starts when it does, e.g. {@code "starts when prerequisite PLATFORM ends"}
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code start} or {@code end} when null,
     *                                             {@code delay} or {@code slack} when negative, or {@code reason}
     *                                             when blank
     */
    public Placement {
        Checks.notNull(id, "id");
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNegative(delay, "delay");
        Checks.notNegative(slack, "slack");
        Checks.notBlank(reason, "reason");
    }

    /**
     * Whether the initiative has no slack: a quarter's slip moves a dependent initiative or the end of the roadmap.
     * Every initiative of {@link Roadmap#criticalPath()} is critical; a critical one need not be on that path (it may
     * end right when a successor starts).
     *
     * @return {@code true} when {@link #slack()} is zero
     */
    public boolean critical() {
        return slack == 0;
    }
}
