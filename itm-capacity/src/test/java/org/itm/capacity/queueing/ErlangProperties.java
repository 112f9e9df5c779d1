package org.itm.capacity.queueing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ErlangProperties {

    @Property(tries = 300)
    void erlangBAndCAreProbabilities(@ForAll @DoubleRange(min = 0, max = 3000) double erlangs,
                                     @ForAll @IntRange(min = 1, max = 4000) int servers) {
        assertThat(ErlangB.blockingProbability(erlangs, servers)).isBetween(0.0, 1.0);
        assertThat(ErlangC.probabilityOfWaiting(erlangs, servers)).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void erlangCIsAtLeastErlangB(@ForAll @DoubleRange(min = 0.01, max = 500) double erlangs,
                                 @ForAll @IntRange(min = 1, max = 600) int servers) {
        assertThat(ErlangC.probabilityOfWaiting(erlangs, servers))
                .isGreaterThanOrEqualTo(ErlangB.blockingProbability(erlangs, servers) - 1e-12);
    }

    @Property(tries = 200)
    void blockingAndWaitingFallAsServersAreAdded(@ForAll @DoubleRange(min = 0.01, max = 500) double erlangs,
                                                 @ForAll @IntRange(min = 1, max = 600) int servers) {
        assertThat(ErlangB.blockingProbability(erlangs, servers + 1))
                .isLessThanOrEqualTo(ErlangB.blockingProbability(erlangs, servers));
        assertThat(ErlangC.probabilityOfWaiting(erlangs, servers + 1))
                .isLessThanOrEqualTo(ErlangC.probabilityOfWaiting(erlangs, servers));
    }

    @Property(tries = 200)
    void serviceLevelRisesAndAsaFallsWithAgents(@ForAll @IntRange(min = 1, max = 5000) int contacts,
                                                @ForAll @IntRange(min = 10, max = 900) int ahtSeconds,
                                                @ForAll @IntRange(min = 1, max = 50) int extraAgents) {
        Workload w = Workload.of(contacts, Duration.ofMinutes(30), Duration.ofSeconds(ahtSeconds));
        int c = (int) Math.floor(w.erlangs()) + extraAgents;
        assertThat(ErlangC.serviceLevel(w, c + 1, 20)).isGreaterThanOrEqualTo(ErlangC.serviceLevel(w, c, 20));
        assertThat(ErlangC.averageSpeedOfAnswerSeconds(w, c + 1))
                .isLessThanOrEqualTo(ErlangC.averageSpeedOfAnswerSeconds(w, c));
    }

    @Property(tries = 100)
    void minimumAgentsIsTheSmallestCountThatMeetsTheTarget(@ForAll @IntRange(min = 1, max = 3000) int contacts,
                                                           @ForAll @IntRange(min = 30, max = 600) int ahtSeconds,
                                                           @ForAll @DoubleRange(min = 0.5, max = 0.95) double sl) {
        Workload w = Workload.of(contacts, Duration.ofMinutes(30), Duration.ofSeconds(ahtSeconds));
        StaffingTarget target = StaffingTarget.of(sl, Duration.ofSeconds(20));
        StaffingPlan plan = Staffing.minimumAgents(w, target);
        assertThat(Staffing.evaluate(w, plan.agents(), target).meetsTarget()).isTrue();
        if (plan.agents() > 1) {
            assertThat(Staffing.evaluate(w, plan.agents() - 1, target).meetsTarget()).isFalse();
        }
    }
}
