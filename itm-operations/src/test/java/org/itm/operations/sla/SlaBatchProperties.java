package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;

/**
 * Parallel batch evaluation returns, timeline by timeline, what evaluating them one by one returns; summarising
 * or folding a batch gives the figures of folding the full list of its results, for every split.
 */
class SlaBatchProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant BASE = Instant.parse("2026-03-23T06:00:00Z");
    private static final List<String> STATES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED",
            "CANCELLED");
    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of(
            "berlin", BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            "always", BusinessCalendar.twentyFourSeven(BERLIN))));

    private static final List<SlaDefinition> DEFINITIONS = List.of(
            SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                    .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8))
                    .target("P3", SlaTarget.businessDays(3)).build(),
            SlaDefinition.builder("resp").metric(SlaMetric.RESPONSE).calendar("always")
                    .target("P1", SlaTarget.businessHours(1)).target("P2", SlaTarget.businessHours(2))
                    .target("P3", SlaTarget.businessHours(8)).build(),
            SlaDefinition.builder("p1-only").metric(SlaMetric.RESOLUTION).calendar("always")
                    .target("P1", SlaTarget.businessHours(2)).build());

    private static final List<ExecutorService> POOLS = List.of(Executors.newFixedThreadPool(1),
            Executors.newFixedThreadPool(2), Executors.newFixedThreadPool(3));

    @AfterContainer
    static void closePools() {
        POOLS.forEach(ExecutorService::shutdownNow);
    }

    @Provide
    Arbitrary<List<SlaTimeline>> timelines() {
        Arbitrary<Long> gap = Arbitraries.longs().between(0, 36 * 60);
        Arbitrary<String> state = Arbitraries.of(STATES);
        Arbitrary<String> priority = Arbitraries.of("P1", "P2", "P3");
        Arbitrary<String> service = Arbitraries.of("shop", "mail", "erp");
        Arbitrary<SlaTimeline> timeline = Combinators.combine(gap.list().ofMinSize(1).ofMaxSize(8),
                state.list().ofSize(8), priority.list().ofSize(8), Arbitraries.integers().between(0, 999_999),
                service)
                .as((gaps, states, prios, id, svc) -> {
                    List<SlaEvent> events = new ArrayList<>();
                    Instant t = BASE;
                    for (int i = 0; i < gaps.size(); i++) {
                        t = t.plus(Duration.ofMinutes(gaps.get(i)));
                        String s = i == 0 ? "NEW" : states.get(i);
                        events.add(new SlaEvent(t, s, s.equals("ON_HOLD") ? "AWAITING_CUSTOMER" : "", prios.get(i)));
                    }
                    return new SlaTimeline("T-" + id, Map.of(SlaCompliance.SERVICE, svc), events);
                });
        return timeline.list().ofMaxSize(120);
    }

    private List<List<SlaResult>> oneByOne(List<SlaTimeline> timelines, Instant at) {
        return timelines.stream().map(t -> engine.evaluateAll(DEFINITIONS, t, at)).toList();
    }

    @Property(tries = 100)
    void parallelBatchEqualsEvaluatingOneByOne(@ForAll("timelines") List<SlaTimeline> timelines,
                                               @ForAll @LongRange(min = 0, max = 30L * 24 * 60) long minutes,
                                               @ForAll @IntRange(min = 1, max = 30) int chunks,
                                               @ForAll @IntRange(min = 0, max = 3) int pool) {
        Instant at = BASE.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(minutes));
        List<List<SlaResult>> expected = oneByOne(timelines, at);

        List<List<SlaResult>> batch = pool == 0
                ? engine.evaluateBatch(DEFINITIONS, timelines, at, ForkJoinPool.commonPool(), chunks)
                : engine.evaluateBatch(DEFINITIONS, timelines, at, POOLS.get(pool - 1), chunks);

        assertThat(batch).isEqualTo(expected);
        assertThat(engine.evaluateBatch(DEFINITIONS, timelines, at)).isEqualTo(expected);
    }

    @Example
    void badArgumentsAreRejectedByName() {
        List<SlaTimeline> one = List.of(SlaEngineTest.workedExample());
        Instant at = SlaEngineTest.berlin("2026-03-30T12:00");
        assertThatThrownBy(() -> engine.evaluateBatch(DEFINITIONS, one, at, POOLS.get(0), 0))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("chunks"));
        assertThatThrownBy(() -> engine.evaluateBatch(DEFINITIONS, one, at, null, 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("executor"));
        List<SlaDefinition> withUnknownCalendar = List.of(DEFINITIONS.get(0),
                SlaDefinition.builder("x").metric(SlaMetric.RESOLUTION).calendar("mars")
                        .target("P1", SlaTarget.businessHours(1)).build());
        assertThatThrownBy(() -> engine.evaluateBatch(withUnknownCalendar, one, at, POOLS.get(1), 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("calendar"));
        List<SlaTimeline> withNull = new ArrayList<>(List.of(one.get(0), one.get(0), one.get(0)));
        withNull.set(2, null);
        assertThatThrownBy(() -> engine.evaluateBatch(DEFINITIONS, withNull, at, POOLS.get(1), 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("timelines[2]"));
    }

    @Example
    void theFirstRejectedTimelineIsNamedByIndexAndNothingIsReturned() {
        List<SlaTimeline> timelines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant opened = i == 13 || i == 31 ? BASE.plus(Duration.ofDays(60)) : BASE;
            timelines.add(new SlaTimeline("T-" + i, Map.of(), List.of(SlaEvent.of(opened, "NEW", "P2"))));
        }

        assertThatThrownBy(() -> engine.evaluateBatch(DEFINITIONS, timelines, BASE.plus(Duration.ofDays(1)),
                POOLS.get(2), 4))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("timelines[13].at"));
    }

    private static Map<String, SlaStatusCounts> counted(List<List<SlaResult>> all) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        DEFINITIONS.forEach(d -> counts.put(d.id(), new long[SlaStatus.values().length]));
        all.forEach(rs -> rs.forEach(r -> counts.get(r.definitionId())[r.status().ordinal()]++));
        Map<String, SlaStatusCounts> out = new LinkedHashMap<>();
        counts.forEach((id, c) -> out.put(id, SlaStatusCounts.of(c)));
        return out;
    }

    @Property(tries = 80)
    void summaryAndFoldEqualFoldingTheFullList(@ForAll("timelines") List<SlaTimeline> timelines,
                                               @ForAll @LongRange(min = 0, max = 30L * 24 * 60) long minutes,
                                               @ForAll @IntRange(min = 1, max = 30) int chunks,
                                               @ForAll @IntRange(min = 0, max = 2) int pool) {
        Instant at = BASE.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(minutes));
        ExecutorService executor = POOLS.get(pool);
        List<List<SlaResult>> full = engine.evaluateBatch(DEFINITIONS, timelines, at, executor, 1);

        Map<String, SlaStatusCounts> summary = engine.summarizeBatch(DEFINITIONS, timelines, at, executor, chunks);
        assertThat(summary).containsExactlyEntriesOf(counted(full));

        SlaCompliance expected = SlaCompliance.inZone(BERLIN);
        for (int i = 0; i < timelines.size(); i++) {
            Map<String, String> attributes = timelines.get(i).attributes();
            full.get(i).forEach(r -> expected.add(r, attributes));
        }
        SlaCompliance folded = engine.foldBatch(DEFINITIONS, timelines, at, executor, chunks,
                () -> SlaCompliance.inZone(BERLIN),
                (part, timeline, results) -> results.forEach(r -> part.add(r, timeline.attributes())),
                SlaCompliance::merge);
        assertThat(folded.report()).isEqualTo(expected.report());

        List<List<SlaResult>> collected = engine.foldBatch(DEFINITIONS, timelines, at, executor, chunks,
                ArrayList::new, (part, timeline, results) -> part.add(results),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                });
        assertThat(collected).isEqualTo(full);
    }

    @Example
    void countsAddUpAndAttainmentIsTheShareOfFinishedOnes() {
        SlaStatusCounts c = new SlaStatusCounts(1, 2, 3, 1, 4);
        assertThat(c.total()).isEqualTo(11);
        assertThat(c.attainmentPercent()).isEqualTo(75.0);
        assertThat(c.count(SlaStatus.CANCELLED)).isEqualTo(4);
        assertThat(c.plus(c)).isEqualTo(new SlaStatusCounts(2, 4, 6, 2, 8));
        assertThat(SlaStatusCounts.NONE.attainmentPercent()).isEqualTo(100.0);
        assertThatThrownBy(() -> new SlaStatusCounts(0, -1, 0, 0, 0))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("paused"));
    }

    /** The summary's tasks take blocks of one timeline here, in whatever order they run: the first null is named. */
    @Example
    void summaryNamesTheFirstRejectedTimelineInListOrder() {
        SlaTimeline ok = SlaEngineTest.workedExample();
        Instant at = SlaEngineTest.berlin("2026-03-30T12:00");
        List<SlaTimeline> twoNulls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            twoNulls.add(i == 7 || i == 41 ? null : ok);
        }
        for (int run = 0; run < 20; run++) {
            assertThatThrownBy(() -> engine.summarizeBatch(DEFINITIONS, twoNulls, at, POOLS.get(2), 4))
                    .isInstanceOfSatisfying(ItmValidationException.class,
                            e -> assertThat(e.violations().get(0).path()).isEqualTo("timelines[7]"));
        }
    }

    @Example
    void foldAndSummaryRejectBadArgumentsByName() {
        List<SlaTimeline> one = List.of(SlaEngineTest.workedExample());
        Instant at = SlaEngineTest.berlin("2026-03-30T12:00");
        assertThatThrownBy(() -> engine.foldBatch(DEFINITIONS, one, at, POOLS.get(1), 2, null,
                (p, t, r) -> { }, (a, b) -> a))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("newPart"));
        assertThatThrownBy(() -> engine.foldBatch(DEFINITIONS, one, at, POOLS.get(1), 2, () -> null,
                (p, t, r) -> { }, (a, b) -> a))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("newPart result"));
        List<SlaDefinition> twice = List.of(DEFINITIONS.get(0), DEFINITIONS.get(0));
        assertThatThrownBy(() -> engine.summarizeBatch(twice, one, at, POOLS.get(1), 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("definitions[1].id"));
        List<SlaTimeline> withNull = new ArrayList<>(List.of(one.get(0), one.get(0), one.get(0)));
        withNull.set(1, null);
        assertThatThrownBy(() -> engine.summarizeBatch(DEFINITIONS, withNull, at, POOLS.get(2), 3))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("timelines[1]"));
        assertThatThrownBy(() -> SlaCompliance.inZone(BERLIN).merge(SlaCompliance.inZone(ZoneId.of("UTC"))))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("other"));
    }
}
