package org.itm.capacity.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class StaffingTest {

    private final Workload issueExample = Workload.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
    private final StaffingTarget eightyInTwenty = StaffingTarget.of(0.80, Duration.ofSeconds(20));

    @Test
    void workedExampleFromTheIssueNeedsFourteenAgents() {
        assertThat(issueExample.erlangs()).isCloseTo(10.0, within(1e-12));

        StaffingPlan plan = Staffing.minimumAgents(issueExample, eightyInTwenty);

        assertThat(plan.agents()).isEqualTo(14);
        StaffingOption thirteen = plan.option(13).orElseThrow();
        assertThat(thirteen.serviceLevel()).isCloseTo(0.796, within(0.0005));
        assertThat(thirteen.meetsTarget()).isFalse();
        assertThat(plan.recommended().serviceLevel()).isCloseTo(0.888, within(0.0005));
        assertThat(plan.recommended().averageSpeedOfAnswerSeconds()).isCloseTo(7.8, within(0.05));
        assertThat(plan.explanation()).contains("14 agents").contains("13 agents would answer only 79.6%");
    }

    @Test
    void evaluatingOneCountMatchesThePlan() {
        StaffingOption fourteen = Staffing.evaluate(issueExample, 14, eightyInTwenty);
        assertThat(fourteen.serviceLevel()).isCloseTo(ErlangC.serviceLevel(issueExample, 14, 20), within(1e-12));
        assertThat(fourteen.averageSpeedOfAnswerSeconds())
                .isCloseTo(ErlangC.averageSpeedOfAnswerSeconds(issueExample, 14), within(1e-12));
        assertThat(fourteen.occupancy()).isCloseTo(10.0 / 14, within(1e-12));
    }

    @Test
    void anAsaCeilingCanRequireMoreAgentsThanTheServiceLevel() {
        StaffingPlan plan = Staffing.minimumAgents(issueExample,
                eightyInTwenty.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(3)));
        assertThat(plan.agents()).isGreaterThan(14);
        assertThat(plan.recommended().averageSpeedOfAnswerSeconds()).isLessThanOrEqualTo(3);
    }

    @Test
    void staysStableForThousandsOfAgents() {
        Workload huge = Workload.of(50_000, Duration.ofHours(1), Duration.ofSeconds(360)); // 5000 Erlangs
        StaffingPlan plan = Staffing.minimumAgents(huge, eightyInTwenty);
        assertThat(plan.agents()).isBetween(5001, 5100);
        assertThat(plan.recommended().serviceLevel()).isBetween(0.8, 1.0);
        assertThat(ErlangB.blockingProbability(5000, 5000)).isBetween(0.0, 0.02);
    }

    @Test
    void noContactsNeedNoAgents() {
        assertThat(Staffing.minimumAgents(Workload.of(0, Duration.ofMinutes(30), Duration.ofSeconds(60)),
                eightyInTwenty).agents()).isZero();
    }

    @Test
    void rejectsImpossibleTargets() {
        assertThatThrownBy(() -> StaffingTarget.of(1.0, Duration.ofSeconds(20)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("serviceLevel");
        assertThatThrownBy(() -> Workload.of(-1, Duration.ofMinutes(30), Duration.ofSeconds(60)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("contacts");
    }
}
