package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.operations.sla.SlaEngineTest.berlin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class SlaTrackerTest {

    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
            BusinessCalendar.weekdays(SlaEngineTest.BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));

    @Test
    void advancingFixesTheEarliestInstantTheTrackerAcceptsWithoutChangingResults() {
        SlaTracker tracker = engine.track(SlaEngineTest.p2Resolution(), "INC-1");
        tracker.apply(SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"));
        tracker.advanceTo(berlin("2026-03-26T11:00"));
        assertThatThrownBy(() -> tracker.apply(SlaEvent.of(berlin("2026-03-26T10:00"), "RESOLVED", "P2")))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> tracker.resultAt(berlin("2026-03-26T10:30")))
                .isInstanceOf(ItmValidationException.class);
        assertThat(tracker.resultAt(berlin("2026-03-26T12:00")).elapsed()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void sharesAddUpPerStateForMoreStatesThanTheFirstIndexHolds() {
        // 20 running states, each entered twice for 10 minutes: more distinct states than a tracker first indexes
        List<SlaEvent> events = new ArrayList<>();
        Instant start = berlin("2026-03-26T09:00");
        for (int i = 0; i < 40; i++) {
            events.add(SlaEvent.of(start.plus(Duration.ofMinutes(10L * i)), String.format("S%02d", i % 20), "P2"));
        }
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        SlaResult r = engine.evaluate(d, new SlaTimeline("INC-2", Map.of(), events), berlin("2026-03-26T15:40"))
                .orElseThrow();
        assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(400));
        List<ClockShare> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(new ClockShare(String.format("S%02d", i), "", ClockMode.RUNNING, Duration.ofMinutes(20)));
        }
        assertThat(r.shares()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aNewTrackerOfAnSlaThatHasSeenManyStatesStillGroupsItsShares() {
        // the SLA numbers each (state, reason) pair it meets; a tracker made later meets numbers far past its index
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        List<SlaEvent> many = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            many.add(SlaEvent.of(berlin("2026-03-26T09:00").plus(Duration.ofMinutes(i)), "S" + i, "P2"));
        }
        assertThat(engine.evaluate(d, new SlaTimeline("INC-3", Map.of(), many), berlin("2026-03-26T10:00")))
                .isPresent();
        SlaTracker tracker = engine.track(d, "INC-4");
        tracker.apply(SlaEvent.of(berlin("2026-03-26T09:00"), "LATE", "P2"));
        tracker.apply(SlaEvent.of(berlin("2026-03-26T10:00"), "LATER", "P2"));
        tracker.apply(SlaEvent.of(berlin("2026-03-26T11:00"), "LATE", "P2"));
        assertThat(tracker.resultAt(berlin("2026-03-26T12:00")).shares()).containsExactlyInAnyOrder(
                new ClockShare("LATE", "", ClockMode.RUNNING, Duration.ofHours(2)),
                new ClockShare("LATER", "", ClockMode.RUNNING, Duration.ofHours(1)));
    }

    @Test
    void statesMetAfterTheSlaHasNumberedAThousandPairsStillGetTheirOwnShares() {
        // an SLA numbers the first 1,024 (state, reason) pairs it meets; later pairs are told apart by content
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        List<SlaEvent> many = new ArrayList<>();
        for (int i = 0; i < 1_024; i++) {
            many.add(SlaEvent.of(berlin("2026-03-26T09:00").plusSeconds(i), "S" + i, "P2"));
        }
        assertThat(engine.evaluate(d, new SlaTimeline("INC-5", Map.of(), many), berlin("2026-03-26T10:00")))
                .isPresent();
        SlaTracker tracker = engine.track(d, "INC-6");
        tracker.apply(SlaEvent.of(berlin("2026-03-26T09:00"), "LATE", "P2"));
        tracker.apply(SlaEvent.of(berlin("2026-03-26T10:00"), "LATER", "P2"));
        tracker.apply(SlaEvent.of(berlin("2026-03-26T11:00"), "LATE", "P2"));
        tracker.apply(SlaEvent.of(berlin("2026-03-26T12:00"), "LATER", "P2"));
        assertThat(tracker.resultAt(berlin("2026-03-26T14:30")).shares()).containsExactlyInAnyOrder(
                new ClockShare("LATE", "", ClockMode.RUNNING, Duration.ofHours(2)),
                new ClockShare("LATER", "", ClockMode.RUNNING, Duration.ofMinutes(210)));
    }
}
