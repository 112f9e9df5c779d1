/**
 * Roadmaps: when each chosen initiative runs, given what it depends on and what the teams can give, and what moves
 * when the budget or capacity changes.
 *
 * <p>The entry point is {@link org.itm.governance.roadmap.RoadmapPlanner}: state the roadmap start, each team's FTE
 * per quarter and a priority order with its builder, then
 * {@link org.itm.governance.roadmap.RoadmapPlanner#plan RoadmapPlanner.plan} places every initiative in the first
 * quarter its prerequisites, planned start and team capacity allow (serial resource levelling). The
 * {@link org.itm.governance.roadmap.Roadmap} it returns gives each initiative's
 * {@link org.itm.governance.roadmap.Placement} with the reason it starts then, its delay and slack, the critical path,
 * the FTE load per team and quarter, and what could not be placed and why.
 * {@link org.itm.governance.roadmap.RoadmapDiff#between RoadmapDiff.between} compares two roadmaps, e.g. before and
 * after {@link org.itm.governance.roadmap.RoadmapPlanner#withTeamCapacity RoadmapPlanner.withTeamCapacity}.
 * Quarters are {@link org.itm.governance.portfolio.YearQuarter}s; an end quarter is exclusive.
 *
 * <pre>{@code
 * import org.itm.governance.portfolio.Initiative;
 * import org.itm.governance.portfolio.InitiativeId;
 * import org.itm.governance.portfolio.YearQuarter;
 *
 * YearQuarter q1 = YearQuarter.of(2027, 1);
 * Initiative platform = Initiative.builder("PLATFORM").name("New platform").sponsor("CIO").businessUnit("IT")
 *         .plannedStart(q1).demand("platform", 0, 3).demand("platform", 1, 3).build();   // 3 FTE for two quarters
 * Initiative app = Initiative.builder("APP").name("Customer app").sponsor("CMO").businessUnit("Sales")
 *         .plannedStart(q1).requires("PLATFORM").demand("platform", 0, 2).build();
 * Initiative report = Initiative.builder("REPORT").name("Reporting").sponsor("CFO").businessUnit("Finance")
 *         .plannedStart(q1).demand("platform", 0, 2).demand("platform", 1, 2).build();
 *
 * RoadmapPlanner planner = RoadmapPlanner.builder(q1).teamCapacity("platform", 4)
 *         .priority(List.of(InitiativeId.of("PLATFORM"), InitiativeId.of("REPORT"))).build();
 * Roadmap roadmap = planner.plan(List.of(platform, app, report));
 * // roadmap.explain():
 * // 2027-Q1..2027-Q2 PLATFORM [critical]: starts at the roadmap start
 * // 2027-Q3..2027-Q3 APP [slack 1q]: starts when prerequisite PLATFORM ends
 * // 2027-Q3..2027-Q4 REPORT [critical]: could start in 2027-Q1 (at the roadmap start), but waited 2 quarter(s)
 * //   because platform in 2027-Q1 had 1.00 of 4.00 FTE free, needed 2.00
 * // critical path: REPORT, roadmap ends before 2028-Q1
 *
 * Roadmap hired = planner.withTeamCapacity("platform", 6).plan(List.of(platform, app, report));
 * String change = RoadmapDiff.between(roadmap, hired).explain();   // "REPORT moves 2027-Q3 -> 2027-Q1 (-2q)"
 * YearQuarter end = hired.end();                                   // 2027-Q4: one quarter earlier
 * }</pre>
 */
@NullMarked
package org.itm.governance.roadmap;

import org.jspecify.annotations.NullMarked;
