package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.itm.core.time.BusinessCalendar;

/**
 * The engine keeps a result's warning crossings and clock shares compactly and shares equal wrappers between
 * results; none of that is visible: a result equals, hashes and prints as the same result built from ordinary lists,
 * and a batch's status counts (which build no results) equal counting the results, for every kind of target.
 */
class SlaCompactResultProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant BASE = Instant.parse("2026-03-20T07:00:00Z");
    private static final List<String> STATES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED",
            "CLOSED", "CANCELLED", "REOPENED");

    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of(
            "berlin", BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            "always", BusinessCalendar.twentyFourSeven(BERLIN))));

    /** Default thresholds, more than fit in fields, one threshold, none; both day conventions; pauses by reason. */
    private static final List<SlaDefinition> DEFINITIONS = List.of(
            SlaDefinition.builder("days-end").metric(SlaMetric.RESOLUTION).calendar("berlin")
                    .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessDays(1))
                    .target("P3", SlaTarget.businessDays(3)).build(),
            SlaDefinition.builder("days-same-time").metric(SlaMetric.RESOLUTION).calendar("berlin")
                    .target("P1", SlaTarget.businessDays(1)).target("P2", SlaTarget.businessDays(2))
                    .target("P3", SlaTarget.businessTime(Duration.ofMinutes(90)))
                    .businessDayConvention(BusinessDayConvention.SAME_TIME)
                    .warningThresholds(0.25, 0.5, 0.6, 0.75, 0.9).build(),
            SlaDefinition.builder("resp").metric(SlaMetric.RESPONSE).calendar("always")
                    .target("P1", SlaTarget.businessTime(Duration.ofMinutes(30)))
                    .target("P2", SlaTarget.businessHours(2)).target("P3", SlaTarget.businessHours(8))
                    .warningThresholds(0.8).pauseWhenReasons("AWAITING_CUSTOMER").build(),
            SlaDefinition.builder("no-warnings").metric(SlaMetric.RESOLUTION).calendar("always")
                    .target("P1", SlaTarget.businessHours(2)).target("P2", SlaTarget.businessHours(6))
                    .warningThresholds().reopenPolicy(ReopenPolicy.NEW_CYCLE)
                    .priorityChangePolicy(PriorityChangePolicy.KEEP_ORIGINAL).build());

    @Provide
    Arbitrary<SlaTimeline> timeline() {
        Arbitrary<Long> gap = Arbitraries.longs().between(0, 30 * 60);
        return Combinators.combine(gap.list().ofMinSize(1).ofMaxSize(12),
                        Arbitraries.of(STATES).list().ofSize(12),
                        Arbitraries.of("P1", "P2", "P3").list().ofSize(12),
                        Arbitraries.of("", "AWAITING_CUSTOMER", "AWAITING_VENDOR").list().ofSize(12))
                .as((gaps, states, priorities, reasons) -> {
                    List<SlaEvent> events = new ArrayList<>();
                    Instant t = BASE;
                    for (int i = 0; i < gaps.size(); i++) {
                        t = t.plus(Duration.ofMinutes(gaps.get(i))).plusSeconds(i % 3 == 0 ? 0 : 17);
                        String s = i == 0 ? "NEW" : states.get(i);
                        events.add(new SlaEvent(t, s, s.equals("ON_HOLD") ? reasons.get(i) : "",
                                priorities.get(i)));
                    }
                    return new SlaTimeline("T-1", Map.of(), events);
                });
    }

    @Provide
    Arbitrary<List<SlaTimeline>> timelines() {
        return timeline().list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void compactResultsEqualHashAndPrintAsResultsOfOrdinaryLists(
            @ForAll("timeline") SlaTimeline timeline, @ForAll @LongRange(min = 0, max = 20L * 24 * 60) long minutes) {
        Instant at = timeline.events().get(timeline.events().size() - 1).at().plus(Duration.ofMinutes(minutes));
        for (SlaResult r : engine.evaluateAll(DEFINITIONS, timeline, at)) {
            SlaResult plain = new SlaResult(r.definitionId(), r.ticketId(), r.metric(), r.evaluatedAt(), r.cycle(),
                    r.status(), r.priority(), r.target(), r.clockStartedAt(), r.elapsed(), r.remaining(),
                    r.elapsedPercent(), r.paused(), r.stoppedAt(), r.breachedAt(), r.predictedBreachAt(),
                    List.copyOf(new ArrayList<>(r.thresholdsCrossed())), r.clockHeldBy(), r.clockMode(),
                    r.breachState(), List.copyOf(new ArrayList<>(r.shares())));

            assertThat(r).isEqualTo(plain);
            assertThat(plain).isEqualTo(r);
            assertThat(r.hashCode()).isEqualTo(plain.hashCode());
            assertThat(r.toString()).isEqualTo(plain.toString());
            assertThat(r.thresholdsCrossed()).isEqualTo(plain.thresholdsCrossed())
                    .hasSameHashCodeAs(plain.thresholdsCrossed());
            assertThat(plain.thresholdsCrossed()).isEqualTo(r.thresholdsCrossed());
            for (int i = 0; i < r.thresholdsCrossed().size(); i++) {
                assertThat(r.thresholdsCrossed().get(i)).isEqualTo(plain.thresholdsCrossed().get(i));
            }
            assertThat(r.thresholdsCrossed().toArray()).containsExactlyElementsOf(plain.thresholdsCrossed());
        }
    }

    @Property(tries = 60)
    void statusCountsEqualCountingTheResults(@ForAll("timelines") List<SlaTimeline> timelines,
                                             @ForAll @LongRange(min = 0, max = 20L * 24 * 60) long minutes,
                                             @ForAll @IntRange(min = 1, max = 7) int chunks) {
        Instant at = BASE.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(minutes));
        List<SlaTimeline> open = timelines.stream().filter(t -> !t.events().get(0).at().isAfter(at)).toList();
        Map<String, long[]> counted = new LinkedHashMap<>();
        DEFINITIONS.forEach(d -> counted.put(d.id(), new long[SlaStatus.values().length]));
        for (List<SlaResult> results : engine.evaluateBatch(DEFINITIONS, open, at, ForkJoinPool.commonPool(), 1)) {
            results.forEach(r -> counted.get(r.definitionId())[r.status().ordinal()]++);
        }
        Map<String, SlaStatusCounts> expected = new LinkedHashMap<>();
        counted.forEach((id, c) -> expected.put(id, SlaStatusCounts.of(c)));

        assertThat(engine.summarizeBatch(DEFINITIONS, open, at, ForkJoinPool.commonPool(), chunks))
                .containsExactlyEntriesOf(expected);
    }
}
