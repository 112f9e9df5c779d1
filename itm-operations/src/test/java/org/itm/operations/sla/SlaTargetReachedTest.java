package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * One rule for when a target is reached: at the instant the elapsed business time equals it (for a
 * {@link BusinessDayConvention#SAME_TIME} deadline, the first working instant at which it does); the target is met
 * only when the clock stopped strictly before that instant, and a breach, once reached, stays.
 */
class SlaTargetReachedTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
            BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static SlaDefinition p2EightHours() {
        return SlaDefinition.builder("res-p2").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
    }

    private static SlaDefinition twoDaysSameTime() {
        return SlaDefinition.builder("res-days").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P3", SlaTarget.businessDays(2)).businessDayConvention(BusinessDayConvention.SAME_TIME)
                .warningThresholds(0.5).build();
    }

    /** Opened Mon 13 April 2026 09:00 Berlin, then {@code state} (with {@code reason}) at {@code then}. */
    private static SlaTimeline openedMondayThen(String priority, String then, String state, String reason) {
        return new SlaTimeline("INC-1", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", priority),
                new SlaEvent(berlin(then), state, reason, priority)));
    }

    private SlaResult eval(SlaDefinition d, SlaTimeline t, String at) {
        return engine.evaluate(d, t, berlin(at)).orElseThrow();
    }

    @Test
    void eightHourTargetFromMondayNineIsBreachedAtFiveWhileRunning() {
        SlaTimeline running = new SlaTimeline("INC-1", Map.of(),
                List.of(SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P2")));
        assertThat(eval(p2EightHours(), running, "2026-04-13T16:59").status()).isEqualTo(SlaStatus.IN_PROGRESS);
        SlaResult atFive = eval(p2EightHours(), running, "2026-04-13T17:00");
        assertThat(atFive.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(atFive.breachedAt()).contains(berlin("2026-04-13T17:00"));
        SlaResult atSix = eval(p2EightHours(), running, "2026-04-13T18:00");
        assertThat(atSix.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(atSix.breachedAt()).contains(berlin("2026-04-13T17:00"));
        assertThat(atSix.elapsed()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void resolvingAfterTheTargetWasReachedStaysBreached() {
        SlaResult r = eval(p2EightHours(), openedMondayThen("P2", "2026-04-13T19:00", "RESOLVED", ""),
                "2026-04-13T19:30");
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(8));
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.breachedAt()).contains(berlin("2026-04-13T17:00"));
        assertThat(r.breachState()).contains("IN_PROGRESS");
        assertThat(r.stoppedAt()).contains(berlin("2026-04-13T19:00"));
        assertThat(r.isMet()).isFalse();
    }

    @Test
    void puttingOnHoldAfterTheTargetWasReachedStaysBreached() {
        SlaResult r = eval(p2EightHours(),
                openedMondayThen("P2", "2026-04-13T19:00", "ON_HOLD", "AWAITING_CUSTOMER"), "2026-04-14T12:00");
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.breachedAt()).contains(berlin("2026-04-13T17:00"));
        assertThat(r.clockMode()).isEqualTo(ClockMode.PAUSED);
        assertThat(r.predictedBreachAt()).isEmpty();
    }

    @Test
    void resolvingAtTheInstantTheTargetIsReachedIsABreachAndJustBeforeItIsMet() {
        SlaResult atFive = eval(p2EightHours(), openedMondayThen("P2", "2026-04-13T17:00", "RESOLVED", ""),
                "2026-04-13T17:00");
        assertThat(atFive.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(atFive.breachedAt()).contains(berlin("2026-04-13T17:00"));
        SlaTimeline justBefore = new SlaTimeline("INC-1", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-04-13T17:00").minusNanos(1), "RESOLVED", "P2")));
        SlaResult met = engine.evaluate(p2EightHours(), justBefore, berlin("2026-04-14T12:00")).orElseThrow();
        assertThat(met.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(met.breachedAt()).isEmpty();
        assertThat(met.remaining()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void onHoldBeforeTheTargetIsPausedAndNotBreached() {
        SlaResult r = eval(p2EightHours(),
                openedMondayThen("P2", "2026-04-13T16:00", "ON_HOLD", "AWAITING_CUSTOMER"), "2026-04-15T12:00");
        assertThat(r.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(r.remaining()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void twoBusinessDaysAtTheSameTimeFromMondayNineAreNotBreachedBeforeWednesdayNine() {
        SlaTimeline running = new SlaTimeline("INC-2", Map.of(),
                List.of(SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P3")));
        for (String at : List.of("2026-04-14T16:59", "2026-04-14T17:00", "2026-04-14T20:00", "2026-04-15T08:59")) {
            SlaResult r = eval(twoDaysSameTime(), running, at);
            assertThat(r.status()).as(at).isEqualTo(SlaStatus.IN_PROGRESS);
            assertThat(r.breachedAt()).as(at).isEmpty();
            assertThat(r.predictedBreachAt()).as(at).contains(berlin("2026-04-15T09:00"));
        }
        SlaResult atNine = eval(twoDaysSameTime(), running, "2026-04-15T09:00");
        assertThat(atNine.target()).isEqualTo(Duration.ofHours(16));
        assertThat(atNine.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(atNine.breachedAt()).contains(berlin("2026-04-15T09:00"));
        // half of two business days at the same time is one business day at the same time
        assertThat(atNine.thresholdsCrossed()).containsExactly(new ThresholdCrossing(0.5, berlin("2026-04-14T09:00")));
    }

    @Test
    void twoBusinessDaysAtTheSameTimeAreMetWhenResolvedTuesdayEvening() {
        SlaResult r = eval(twoDaysSameTime(), openedMondayThen("P3", "2026-04-14T18:00", "RESOLVED", ""),
                "2026-04-16T12:00");
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(16));
        assertThat(r.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(r.breachedAt()).isEmpty();
    }

    @Test
    void twoBusinessDaysAtTheSameTimeAreBreachedWhenResolvedAtWednesdayNine() {
        SlaResult r = eval(twoDaysSameTime(), openedMondayThen("P3", "2026-04-15T09:00", "RESOLVED", ""),
                "2026-04-16T12:00");
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.breachedAt()).contains(berlin("2026-04-15T09:00"));
    }

    @Test
    void aHoldOverTheSameTimeDeadlinePushesTheBreachToTheResumption() {
        SlaTimeline t = new SlaTimeline("INC-3", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P3"),
                new SlaEvent(berlin("2026-04-14T18:00"), "ON_HOLD", "AWAITING_CUSTOMER", "P3"),
                SlaEvent.of(berlin("2026-04-15T11:00"), "IN_PROGRESS", "P3")));
        SlaResult held = eval(twoDaysSameTime(), t, "2026-04-15T10:00");
        assertThat(held.status()).isEqualTo(SlaStatus.PAUSED);
        SlaResult resumed = eval(twoDaysSameTime(), t, "2026-04-15T11:00");
        assertThat(resumed.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(resumed.breachedAt()).contains(berlin("2026-04-15T11:00"));
        assertThat(resumed.breachState()).contains("IN_PROGRESS");
    }

    @Test
    void endOfDayDeadlineIsReachedAtTheCloseOfTheNthDay() {
        SlaDefinition endOfDay = SlaDefinition.builder("eod").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P3", SlaTarget.businessDays(2)).build();
        SlaResult r = eval(endOfDay, openedMondayThen("P3", "2026-04-15T19:00", "RESOLVED", ""), "2026-04-15T19:00");
        assertThat(r.target()).isEqualTo(Duration.ofHours(24));
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.breachedAt()).contains(berlin("2026-04-15T17:00"));
    }
}
