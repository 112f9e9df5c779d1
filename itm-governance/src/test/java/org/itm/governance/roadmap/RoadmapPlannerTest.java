package org.itm.governance.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;
import org.junit.jupiter.api.Test;

class RoadmapPlannerTest {

    static final YearQuarter Q1 = YearQuarter.of(2027, 1);

    static Initiative.Builder ini(String id) {
        return Initiative.builder(id).name(id).sponsor("CIO").businessUnit("IT").plannedStart(Q1);
    }

    // PLATFORM (2q, platform 3 FTE) -> APP (1q, platform 2) ; REPORT (2q, platform 2) independent ; SIDE (1q, data 1)
    final List<Initiative> initiatives = List.of(
            ini("PLATFORM").demand("platform", 0, 3).demand("platform", 1, 3).build(),
            ini("APP").requires("PLATFORM").demand("platform", 0, 2).build(),
            ini("REPORT").demand("platform", 0, 2).demand("platform", 1, 2).build(),
            ini("SIDE").demand("data", 0, 1).build());

    @Test
    void levelsTeamCapacityAndRespectsDependencies() {
        Roadmap r = RoadmapPlanner.builder(Q1).teamCapacity("platform", 4)
                .priority(List.of(InitiativeId.of("PLATFORM"), InitiativeId.of("REPORT"))).build().plan(initiatives);
        // PLATFORM takes 3 of 4 FTE in Q1-Q2, so REPORT (2 FTE) waits until Q3; APP follows PLATFORM in Q3
        assertThat(r.placement(InitiativeId.of("PLATFORM")).orElseThrow().start()).isEqualTo(Q1);
        Placement report = r.placement(InitiativeId.of("REPORT")).orElseThrow();
        assertThat(report.start()).isEqualTo(YearQuarter.of(2027, 3));
        assertThat(report.delay()).isEqualTo(2);
        assertThat(report.reason()).isEqualTo("could start in 2027-Q1 (at the roadmap start), but waited 2 quarter(s) because platform in 2027-Q1 had 1.00 of 4.00 FTE free, needed 2.00");
        Placement app = r.placement(InitiativeId.of("APP")).orElseThrow();
        assertThat(app.start()).isEqualTo(YearQuarter.of(2027, 3));
        assertThat(app.reason()).isEqualTo("starts when prerequisite PLATFORM ends");
        assertThat(r.end()).isEqualTo(YearQuarter.of(2028, 1));
        assertThat(r.load().get(new org.itm.governance.portfolio.TeamQuarter("platform", YearQuarter.of(2027, 3)))).isEqualTo(4.0);
    }

    @Test
    void criticalPathAndSlack() {
        Roadmap r = RoadmapPlanner.builder(Q1).teamCapacity("platform", 4)
                .priority(List.of(InitiativeId.of("PLATFORM"), InitiativeId.of("REPORT"))).build().plan(initiatives);
        // ends before 2028-Q1: REPORT (Q3-Q4) ends last; APP (Q3) could slip one quarter; SIDE (Q1) three
        assertThat(r.criticalPath()).extracting(InitiativeId::value).containsExactly("REPORT");
        assertThat(r.placement(InitiativeId.of("APP")).orElseThrow().slack()).isEqualTo(1);
        assertThat(r.placement(InitiativeId.of("PLATFORM")).orElseThrow().slack()).isZero();
        assertThat(r.placement(InitiativeId.of("SIDE")).orElseThrow().slack()).isEqualTo(3);
    }

    @Test
    void criticalPathFollowsDependencyChains() {
        Roadmap r = RoadmapPlanner.builder(Q1).build().plan(List.of(
                ini("A").durationQuarters(2).build(), ini("B").requires("A").durationQuarters(3).build(),
                ini("C").durationQuarters(1).build()));
        assertThat(r.criticalPath()).extracting(InitiativeId::value).containsExactly("A", "B");
        assertThat(r.placement(InitiativeId.of("C")).orElseThrow().slack()).isEqualTo(4);
    }

    @Test
    void diffShowsWhatMovesWhenCapacityChanges() {
        RoadmapPlanner planner = RoadmapPlanner.builder(Q1).teamCapacity("platform", 4)
                .priority(List.of(InitiativeId.of("PLATFORM"), InitiativeId.of("REPORT"))).build();
        Roadmap before = planner.plan(initiatives);
        Roadmap after = planner.withTeamCapacity("platform", 5).plan(initiatives);
        RoadmapDiff diff = RoadmapDiff.between(before, after);
        assertThat(diff.moved()).singleElement().satisfies(m -> {
            assertThat(m.id().value()).isEqualTo("REPORT");
            assertThat(m.quarters()).isEqualTo(-2);
        });
        assertThat(diff.explain()).isEqualTo("REPORT moves 2027-Q3 -> 2027-Q1 (-2q)");
        RoadmapDiff dropped = RoadmapDiff.between(before, planner.plan(initiatives.subList(0, 3)));
        assertThat(dropped.dropped()).extracting(InitiativeId::value).containsExactly("SIDE");
        RoadmapDiff cut = RoadmapDiff.between(before, planner.withTeamCapacity("platform", 2).plan(initiatives));
        assertThat(cut.explain()).contains("PLATFORM dropped (not scheduled: needs 3.00 FTE of platform in one quarter, more than its capacity 2.00)");
    }

    @Test
    void initiativesThatCanNeverFitAreReportedWithTheirDependents() {
        Roadmap r = RoadmapPlanner.builder(Q1).teamCapacity("platform", 2).build().plan(initiatives);
        assertThat(r.unscheduled().get(InitiativeId.of("PLATFORM"))).contains("needs 3.00 FTE of platform in one quarter");
        assertThat(r.unscheduled().get(InitiativeId.of("APP"))).isEqualTo("requires PLATFORM, which could not be scheduled");
    }
}
