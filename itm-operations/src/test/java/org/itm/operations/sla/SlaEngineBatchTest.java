package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.itm.core.json.ItmJson;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * What batch evaluation promises beyond single results: shares grouped by content however the strings were made,
 * immutable lists, and the same answers when evaluations nest or run on many threads at once.
 */
class SlaEngineBatchTest {

    private static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(SlaEngineTest.BERLIN,
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin", OFFICE)));

    private static Instant berlin(String local) {
        return SlaEngineTest.berlin(local);
    }

    @Test
    void periodsInEqualStatesShareOneEntryEvenWhenTheirStringsAreDistinctObjects() {
        SlaTimeline t = new SlaTimeline("INC-7", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-23T09:00"), new String("IN_PROGRESS"), "P2"),
                new SlaEvent(berlin("2026-03-23T10:00"), "ON_HOLD", new String("AWAITING_CUSTOMER"), "P2"),
                SlaEvent.of(berlin("2026-03-23T11:00"), new String("IN_PROGRESS"), "P2"),
                new SlaEvent(berlin("2026-03-23T12:00"), new String("ON_HOLD"), "AWAITING_CUSTOMER", "P2"),
                SlaEvent.of(berlin("2026-03-23T12:30"), "IN_PROGRESS", new String("P2"))));

        SlaResult r = engine.evaluate(SlaEngineTest.p2Resolution(), t, berlin("2026-03-23T13:00")).orElseThrow();

        assertThat(r.shares()).containsExactly(
                new ClockShare("IN_PROGRESS", "", ClockMode.RUNNING, Duration.ofMinutes(150)),
                new ClockShare("ON_HOLD", "AWAITING_CUSTOMER", ClockMode.PAUSED, Duration.ofMinutes(90)));
    }

    @Test
    void sharesStayGroupedWhenTheDefinitionHasSeenMoreStatesThanItKeepsKeysFor() {
        SlaDefinition d = SlaEngineTest.p2Resolution();
        // more distinct states than the compiled definition gives shared keys to (1,024)
        for (int batch = 0; batch < 3; batch++) {
            List<SlaEvent> events = new ArrayList<>();
            Instant at = berlin("2026-03-02T09:00");
            for (int i = 0; i < 500; i++) {
                events.add(SlaEvent.of(at.plusSeconds(i), "STATE-" + batch + "-" + i, "P2"));
            }
            engine.evaluate(d, new SlaTimeline("FILL-" + batch, Map.of(), events), at.plusSeconds(600));
        }
        SlaTimeline t = new SlaTimeline("INC-8", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-23T09:00"), new String("TRIAGE"), "P2"),
                SlaEvent.of(berlin("2026-03-23T10:00"), new String("WAITING"), "P2"),
                SlaEvent.of(berlin("2026-03-23T10:30"), new String("TRIAGE"), "P2")));

        SlaResult r = engine.evaluate(d, t, berlin("2026-03-23T12:00")).orElseThrow();

        assertThat(r.shares()).containsExactly(
                new ClockShare("TRIAGE", "", ClockMode.RUNNING, Duration.ofMinutes(150)),
                new ClockShare("WAITING", "", ClockMode.RUNNING, Duration.ofMinutes(30)));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void resultsAndTheirSharesAreImmutableValuesThatCompareByContent() {
        List<SlaResult> results = engine.evaluateAll(List.of(SlaEngineTest.p2Resolution()),
                SlaEngineTest.workedExample(), berlin("2026-03-30T12:00"));
        SlaResult r = results.get(0);

        assertThatThrownBy(() -> results.add(r)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.shares().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.shares().set(0, r.shares().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        List<ClockShare> copy = List.copyOf(r.shares());
        assertThat(r.shares()).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(copy).isEqualTo(r.shares());
        SlaResult rebuilt = new SlaResult(r.definitionId(), r.ticketId(), r.metric(), r.evaluatedAt(), r.cycle(),
                r.status(), r.priority(), r.target(), r.clockStartedAt(), r.elapsed(), r.remaining(),
                r.elapsedPercent(), r.paused(), r.stoppedAt(), r.breachedAt(), r.predictedBreachAt(),
                r.thresholdsCrossed(), r.clockHeldBy(), r.clockMode(), r.breachState(), copy);
        assertThat(rebuilt).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(rebuilt.toString()).isEqualTo(r.toString());
    }

    @Test
    void resultsRoundTripThroughJsonWithTheirShares() {
        SlaResult r = engine.evaluate(SlaEngineTest.p2Resolution(), SlaEngineTest.workedExample(),
                berlin("2026-03-30T12:00")).orElseThrow();

        String json = ItmJson.toJson(r);
        SlaResult back = ItmJson.fromJson(json, SlaResult.class);

        assertThat(back).isEqualTo(r);
        assertThat(back.shares()).hasSize(2).isEqualTo(r.shares());
        assertThat(json).contains("\"ON_HOLD\"", "\"AWAITING_CUSTOMER\"");
    }

    @Test
    void theEngineKeepsNothingOfATimelineOnceItsResultsAreGone() throws InterruptedException {
        SlaTimeline t = new SlaTimeline("INC-FORGET", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-23T09:00"), "IN_PROGRESS", "P2"),
                new SlaEvent(berlin("2026-03-23T10:00"), "ON_HOLD", "AWAITING_CUSTOMER", "P2"),
                SlaEvent.of(berlin("2026-03-23T11:00"), "RESOLVED", "P2")));
        List<SlaResult> results = engine.evaluateAll(List.of(SlaEngineTest.p2Resolution()), t,
                berlin("2026-03-23T12:00"));
        assertThat(results).hasSize(1);
        WeakReference<SlaTimeline> timeline = new WeakReference<>(t);
        WeakReference<SlaEvent> event = new WeakReference<>(t.events().get(1));
        t = null;
        results = null;

        // memory proportional to one timeline: the per-thread working space must not pin the last one
        for (int i = 0; i < 20 && (timeline.get() != null || event.get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }

        assertThat(timeline.get()).isNull();
        assertThat(event.get()).isNull();
    }

    @Test
    void anEvaluationStartedFromInsideAnotherGivesTheSameResults() {
        SlaDefinition d = SlaEngineTest.p2Resolution();
        SlaTimeline inner = new SlaTimeline("INC-INNER", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-24T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-24T15:00"), "RESOLVED", "P2")));
        AtomicReference<SlaEngine> self = new AtomicReference<>();
        AtomicReference<List<SlaResult>> nested = new AtomicReference<>();
        // a calendar lookup that evaluates another ticket with the same engine while the outer call is running
        SlaEngine reentrant = SlaEngine.create(name -> {
            if (nested.get() == null) {
                nested.set(List.of());
                nested.set(self.get().evaluateAll(List.of(d), inner, berlin("2026-03-24T16:00")));
            }
            return Optional.of(OFFICE);
        });
        self.set(reentrant);

        SlaResult outer = reentrant.evaluate(d, SlaEngineTest.workedExample(), berlin("2026-03-30T12:00"))
                .orElseThrow();

        assertThat(outer).isEqualTo(engine.evaluate(d, SlaEngineTest.workedExample(), berlin("2026-03-30T12:00"))
                .orElseThrow());
        assertThat(nested.get()).containsExactlyElementsOf(
                engine.evaluateAll(List.of(d), inner, berlin("2026-03-24T16:00")));
        assertThat(nested.get().get(0).elapsed()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void manyThreadsEvaluatingAtOnceGetWhatOneThreadGets() throws Exception {
        List<SlaDefinition> defs = List.of(SlaEngineTest.p2Resolution(),
                SlaDefinition.builder("response-p2").metric(SlaMetric.RESPONSE).calendar("berlin")
                        .target("P2", SlaTarget.businessHours(1)).build());
        List<SlaTimeline> timelines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant open = berlin("2026-03-02T08:00").plus(Duration.ofMinutes(37L * i));
            timelines.add(new SlaTimeline("INC-" + i, Map.of(), List.of(
                    SlaEvent.of(open, "NEW", "P2"),
                    SlaEvent.of(open.plus(Duration.ofMinutes(20 + i % 90)), "ASSIGNED", "P2"),
                    new SlaEvent(open.plus(Duration.ofMinutes(200 + i % 300)), "ON_HOLD", "AWAITING_CUSTOMER",
                            "P2"),
                    SlaEvent.of(open.plus(Duration.ofMinutes(900 + i % 700)), "IN_PROGRESS", "P2"),
                    SlaEvent.of(open.plus(Duration.ofMinutes(2000 + i % 1000)), "RESOLVED", "P2"))));
        }
        Instant at = berlin("2026-04-30T12:00");
        List<List<SlaResult>> expected = new ArrayList<>();
        SlaEngine alone = SlaEngine.create(CalendarLookup.of(Map.of("berlin", OFFICE)));
        for (SlaTimeline t : timelines) {
            expected.add(alone.evaluateAll(defs, t, at));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<SlaResult>>>> runs = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                runs.add(pool.submit(() -> {
                    List<List<SlaResult>> got = new ArrayList<>();
                    for (SlaTimeline t : timelines) {
                        got.add(engine.evaluateAll(defs, t, at));
                    }
                    return got;
                }));
            }
            for (Future<List<List<SlaResult>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
