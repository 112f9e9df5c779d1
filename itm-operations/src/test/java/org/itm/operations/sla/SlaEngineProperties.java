package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.time.BusinessCalendar;

class SlaEngineProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant BASE = Instant.parse("2026-03-23T06:00:00Z");
    private static final List<String> STATES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED");
    private static final List<String> REASONS = List.of("AWAITING_CUSTOMER", "AWAITING_VENDOR");
    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of(
            "berlin", BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));

    private static final SlaDefinition RESOLUTION = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION)
            .calendar("berlin").target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8))
            .target("P3", SlaTarget.businessDays(3)).build();

    @Provide
    Arbitrary<SlaTimeline> timelines() {
        Arbitrary<Long> gap = Arbitraries.longs().between(0, 36 * 60);
        Arbitrary<String> state = Arbitraries.of(STATES);
        Arbitrary<String> reason = Arbitraries.of(REASONS);
        Arbitrary<String> priority = Arbitraries.of("P1", "P2", "P3");
        Arbitrary<long[]> dummy = Arbitraries.just(new long[0]);
        return Combinators.combine(gap.list().ofMinSize(1).ofMaxSize(10), state.list().ofSize(10),
                reason.list().ofSize(10), priority.list().ofSize(10), dummy).as((gaps, states, reasons, prios, d) -> {
                    List<SlaEvent> events = new ArrayList<>();
                    Instant t = BASE;
                    for (int i = 0; i < gaps.size(); i++) {
                        t = t.plus(Duration.ofMinutes(gaps.get(i)));
                        String s = i == 0 ? "NEW" : states.get(i);
                        events.add(new SlaEvent(t, s, s.equals("ON_HOLD") ? reasons.get(i) : "", prios.get(i)));
                    }
                    return new SlaTimeline("T", Map.of(), events);
                });
    }

    private Instant evalAt(SlaTimeline t, long extraMinutes) {
        return t.events().get(t.events().size() - 1).at().plus(Duration.ofMinutes(extraMinutes));
    }

    @Property(tries = 300)
    void elapsedPlusRemainingEqualsTargetWhileRunning(@ForAll("timelines") SlaTimeline t,
                                                      @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra) {
        SlaResult r = engine.evaluate(RESOLUTION, t, evalAt(t, extra)).orElseThrow();
        if (r.status() == SlaStatus.IN_PROGRESS || r.status() == SlaStatus.PAUSED) {
            assertThat(r.elapsed().plus(r.remaining())).isEqualTo(r.target());
        }
    }

    @Property(tries = 300)
    void pausingNeverIncreasesElapsed(@ForAll("timelines") SlaTimeline t,
                                      @ForAll @net.jqwik.api.constraints.IntRange(max = 9) int which,
                                      @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra) {
        int i = 1 + which % Math.max(1, t.events().size() - 1);
        if (i >= t.events().size() || !t.events().get(i).state().equals("IN_PROGRESS")) {
            return;
        }
        List<SlaEvent> paused = new ArrayList<>(t.events());
        SlaEvent e = paused.get(i);
        paused.set(i, new SlaEvent(e.at(), "ON_HOLD", "AWAITING_CUSTOMER", e.priority()));
        Instant at = evalAt(t, extra);
        SlaResult original = engine.evaluate(RESOLUTION, t, at).orElseThrow();
        SlaResult withPause = engine.evaluate(RESOLUTION, new SlaTimeline("T", Map.of(), paused), at).orElseThrow();
        assertThat(withPause.elapsed()).isLessThanOrEqualTo(original.elapsed());
    }

    @Property(tries = 200)
    void replayingTheSameTimelineGivesTheSameResult(@ForAll("timelines") SlaTimeline t,
                                                    @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra) {
        Instant at = evalAt(t, extra);
        SlaResult first = engine.evaluate(RESOLUTION, t, at).orElseThrow();
        SlaTracker tracker = engine.track(RESOLUTION, "T");
        t.events().forEach(tracker::apply);
        assertThat(engine.evaluate(RESOLUTION, t, at).orElseThrow()).isEqualTo(first);
        assertThat(tracker.resultAt(at)).isEqualTo(first);
    }

    /** A second definition on the same calendar that opens new cycles, so batches mix cycle counts. */
    private static final SlaDefinition CYCLING = SlaDefinition.builder("cycling").metric(SlaMetric.RESOLUTION)
            .calendar("berlin").target("P1", SlaTarget.businessHours(2)).target("P2", SlaTarget.businessDays(1))
            .target("P3", SlaTarget.businessDays(2)).resetWhenStates("ASSIGNED")
            .pauseWhenStates("ON_HOLD").pauseWhenReasons("AWAITING_VENDOR").reopenPolicy(ReopenPolicy.NEW_CYCLE)
            .priorityChangePolicy(PriorityChangePolicy.KEEP_ORIGINAL)
            .businessDayConvention(BusinessDayConvention.SAME_TIME).warningThresholds(0.25, 0.5).build();

    @Property(tries = 200)
    void evaluatingSeveralDefinitionsAtOnceGivesEachOnesOwnResult(@ForAll("timelines") SlaTimeline t,
            @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra) {
        Instant at = evalAt(t, extra);
        List<SlaDefinition> batch = List.of(CYCLING, RESOLUTION, CYCLING);
        List<SlaResult> together = engine.evaluateAll(batch, t, at);
        List<SlaResult> oneByOne = new ArrayList<>();
        for (SlaDefinition d : batch) {
            engine.evaluate(d, t, at).ifPresent(oneByOne::add);
        }
        assertThat(together).isEqualTo(oneByOne);
    }

    @Property(tries = 300)
    void splittingEvaluationAtAnyInstantAgrees(@ForAll("timelines") SlaTimeline t,
                                               @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra,
                                               @ForAll @net.jqwik.api.constraints.LongRange(max = 20000) long split) {
        Instant at = evalAt(t, extra);
        Instant cut = t.first().at().plus(Duration.ofMinutes(split % (Duration.between(t.first().at(), at).toMinutes() + 1)));
        SlaResult whole = engine.evaluate(RESOLUTION, t, at).orElseThrow();
        SlaTracker tracker = engine.track(RESOLUTION, "T");
        boolean advanced = false;
        for (SlaEvent e : t.events()) {
            if (!advanced && cut.isBefore(e.at())) {
                tracker.advanceTo(cut);
                tracker.resultAt(cut);
                advanced = true;
            }
            tracker.apply(e);
        }
        if (!advanced) {
            tracker.advanceTo(cut);
        }
        assertThat(tracker.resultAt(at)).isEqualTo(whole);
        // and the elapsed time at the cut plus the running time after it adds up to the whole
        SlaResult atCut = engine.evaluate(RESOLUTION, t, cut).orElseThrow();
        if (atCut.cycle() == whole.cycle() && atCut.target().equals(whole.target())) {
            assertThat(atCut.elapsed()).isLessThanOrEqualTo(whole.elapsed());
        }
    }

    @Property(tries = 300)
    void aBreachNeverRevertsWithinACycleAndStatusAgreesWithTheBreachInstant(@ForAll("timelines") SlaTimeline t,
            @ForAll @net.jqwik.api.constraints.LongRange(max = 5000) long extra,
            @ForAll @net.jqwik.api.constraints.LongRange(max = 20000) long split) {
        Instant at = evalAt(t, extra);
        Instant cut = t.first().at().plus(Duration.ofMinutes(split % (Duration.between(t.first().at(), at).toMinutes() + 1)));
        for (SlaDefinition d : List.of(RESOLUTION, CYCLING)) {
            SlaResult early = engine.evaluate(d, t, cut).orElseThrow();
            SlaResult late = engine.evaluate(d, t, at).orElseThrow();
            for (SlaResult r : List.of(early, late)) {
                boolean breached = r.status() == SlaStatus.BREACHED;
                if (r.status() != SlaStatus.CANCELLED) {
                    assertThat(r.breachedAt().isPresent()).isEqualTo(breached);
                }
                r.breachedAt().ifPresent(b -> {
                    assertThat(b).isBeforeOrEqualTo(r.evaluatedAt());
                    r.stoppedAt().ifPresent(s -> assertThat(b).isBeforeOrEqualTo(s));
                });
                if (d.targets().get(r.priority()).businessTime().isPresent() && r.status() != SlaStatus.CANCELLED) {
                    // a business-time target is reached at the instant elapsed equals it
                    assertThat(breached).isEqualTo(r.elapsed().compareTo(r.target()) >= 0);
                }
            }
            if (early.status() == SlaStatus.BREACHED && late.cycle() == early.cycle()
                    && late.priority().equals(early.priority()) && late.target().equals(early.target())) {
                assertThat(late.status()).isIn(SlaStatus.BREACHED, SlaStatus.CANCELLED);
                if (late.status() == SlaStatus.BREACHED) {
                    assertThat(late.breachedAt()).isEqualTo(early.breachedAt());
                }
            }
        }
    }
}
