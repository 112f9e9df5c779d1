package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IncidentLogKpisProperties {

    private static final Instant T0 = Instant.parse("2016-03-01T00:00:00Z");

    @Property(tries = 200)
    void priorityGroupsAddUpToTheOverallFigures(@ForAll("incidents") List<IncidentTimeline> incidents) {
        IncidentLogKpis k = IncidentLogKpis.compute(incidents);
        List<IncidentGroupKpis> groups = List.copyOf(k.byPriority().values());
        assertThat(groups.stream().mapToLong(IncidentGroupKpis::incidents).sum()).isEqualTo(k.overall().incidents());
        assertThat(groups.stream().mapToLong(IncidentGroupKpis::resolved).sum()).isEqualTo(k.overall().resolved());
        assertThat(groups.stream().mapToLong(g -> g.reassigned().count()).sum())
                .isEqualTo(k.overall().reassigned().count());
        assertThat(groups.stream().mapToLong(IncidentGroupKpis::totalReassignments).sum())
                .isEqualTo(k.overall().totalReassignments());
        assertThat(groups.stream().mapToLong(g -> g.reopened().count()).sum())
                .isEqualTo(k.overall().reopened().count());
        assertThat(groups.stream().mapToLong(g -> g.slaMade().count()).sum())
                .isEqualTo(k.overall().slaMade().count());
    }

    @Property(tries = 200)
    void meanAndMedianLieBetweenTheShortestAndLongestResolution(
            @ForAll("incidents") List<IncidentTimeline> incidents) {
        List<Duration> ttr = incidents.stream().flatMap(i -> i.timeToResolve().stream()).sorted().toList();
        IncidentGroupKpis all = IncidentLogKpis.compute(incidents).overall();
        assertThat(all.resolved()).isEqualTo(ttr.size());
        if (ttr.isEmpty()) {
            assertThat(all.mttrMean()).isEmpty();
            assertThat(all.mttrMedian()).isEmpty();
        } else {
            assertThat(all.mttrMean().orElseThrow()).isBetween(ttr.get(0), ttr.get(ttr.size() - 1));
            assertThat(all.mttrMedian().orElseThrow()).isBetween(ttr.get(0), ttr.get(ttr.size() - 1));
        }
    }

    @Property(tries = 100)
    void figuresDoNotDependOnTheOrderOfIncidents(@ForAll("incidents") List<IncidentTimeline> incidents) {
        List<IncidentTimeline> reversed = new ArrayList<>(incidents);
        Collections.reverse(reversed);
        assertThat(IncidentLogKpis.compute(reversed)).isEqualTo(IncidentLogKpis.compute(incidents));
    }

    @Provide
    Arbitrary<List<IncidentTimeline>> incidents() {
        Arbitrary<IncidentTimeline> incident = Combinators.combine(
                Arbitraries.of("1 - Critical", "2 - High", "3 - Moderate", "4 - Low"),
                Arbitraries.integers().between(-60, 100_000).injectNull(0.2),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10_000)).as((priority, resolveMinutes, reassigned, reopened,
                                                                   sla, openOffset) -> {
                    Instant opened = T0.plus(Duration.ofMinutes(openOffset));
                    Optional<Instant> resolved = Optional.ofNullable(resolveMinutes)
                            .map(m -> opened.plus(Duration.ofMinutes(m)));
                    IncidentUpdate u = new IncidentUpdate(1, opened, 0, Optional.empty(), ServiceNowState.ACTIVE,
                            true, priority, Optional.empty(), reassigned, reopened, sla);
                    return new IncidentTimeline("INC" + openOffset, opened, resolved, Optional.empty(), List.of(u));
                });
        return incident.list().ofMaxSize(40);
    }
}
