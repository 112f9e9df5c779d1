package org.itm.operations.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.BusinessDayConvention;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.ReopenPolicy;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;

class EscalationEngineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void everyMinuteForAWeekAcrossTheDstChangeNotifiesEachThresholdOncePerCycle() {
        SlaEngine sla = SlaEngine.create(CalendarLookup.of(Map.of("24x7", BusinessCalendar.twentyFourSeven(BERLIN))));
        SlaDefinition resolution = SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION).calendar("24x7")
                .target("P2", SlaTarget.businessHours(72)).reopenPolicy(ReopenPolicy.NEW_CYCLE).build();
        // opened Thu 26 March; on hold over the night of Sun 29 March, when Berlin skips 02:00-03:00
        SlaTimeline ticket = new SlaTimeline("INC-7", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T12:00"), "IN_PROGRESS", "P2"),
                new SlaEvent(berlin("2026-03-28T22:00"), "ON_HOLD", "AWAITING_VENDOR", "P2"),
                SlaEvent.of(berlin("2026-03-29T06:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-30T10:00"), "RESOLVED", "P2"),
                SlaEvent.of(berlin("2026-03-30T11:00"), "IN_PROGRESS", "P2")));
        RecordingNotifier notifier = RecordingNotifier.create();
        EscalationLedger ledger = EscalationLedger.inMemory();
        EscalationEngine engine = EscalationEngine.create(List.of(
                EscalationRule.slaElapsed("sla-50", "resolution", 0.5).withNotify("email", "service-desk"),
                EscalationRule.slaElapsed("sla-75", "resolution", 0.75).withNotify("email", "team-lead"),
                EscalationRule.slaElapsed("sla-90", "resolution", 0.9).withLevel(2).withNotify("chat", "duty-manager"),
                EscalationRule.slaElapsed("sla-100", "resolution", 1.0).withLevel(3).withSeverity(Severity.CRITICAL)
                        .withNotify("pager", "duty-manager"),
                EscalationRule.stateAge("hold-6h", "ON_HOLD", Duration.ofHours(6)).withNotify("email", "vendor-manager"),
                EscalationRule.priority("p2-watch", "P2").withNotify("email", "p2-watchers").withLevel(0)),
                ledger, notifier);

        List<Escalation> fired = new ArrayList<>();
        Instant end = berlin("2026-04-02T12:00");
        for (Instant now = berlin("2026-03-26T12:00"); !now.isAfter(end); now = now.plus(Duration.ofMinutes(1))) {
            fired.addAll(engine.evaluate(ticket, sla.evaluateAll(List.of(resolution), ticket, now), now));
        }

        Map<String, Long> perRule = fired.stream().collect(Collectors.groupingBy(Escalation::ruleId,
                Collectors.counting()));
        assertThat(perRule).containsEntry("sla-50", 2L).containsEntry("sla-75", 2L).containsEntry("sla-90", 2L)
                .containsEntry("sla-100", 2L).containsEntry("hold-6h", 1L).containsEntry("p2-watch", 1L);
        assertThat(notifier.received()).hasSize(fired.size());
        assertThat(notifier.received()).extracting(Notification::deduplicationKey).doesNotHaveDuplicates();
        for (Escalation e : fired) {
            assertThat(Duration.between(e.dueAt(), e.firedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(59));
        }
        // the hold crossed the DST change: 6 h of real time after Sat 22:00 CET is Sun 05:00 CEST
        assertThat(due(fired, "hold-6h", 0)).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
        // 58 h ran before the hold; 6.8 h more after resuming at Sun 06:00 CEST (04:00Z)
        assertThat(due(fired, "sla-90", 0)).isEqualTo(Instant.parse("2026-03-29T10:48:00Z"));
        assertThat(due(fired, "sla-100", 0)).isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
        // second cycle after the reopen on Mon 30 March 11:00 CEST
        assertThat(due(fired, "sla-50", 1)).isEqualTo(Instant.parse("2026-03-31T21:00:00Z"));
        assertThat(ledger.level("INC-7")).isEqualTo(3);
    }

    @Test
    void rulesLimitedToOtherPrioritiesDoNotFire() {
        SlaTimeline ticket = new SlaTimeline("INC-8", Map.of(), List.of(
                SlaEvent.of(Instant.parse("2026-03-26T10:00:00Z"), "ON_HOLD", "P3")));
        RecordingNotifier notifier = RecordingNotifier.create();
        EscalationEngine engine = EscalationEngine.create(List.of(
                EscalationRule.stateAge("hold", "ON_HOLD", Duration.ofHours(1)).forPriorities("P1")
                        .withNotify("email", "x")), EscalationLedger.inMemory(), notifier);
        assertThat(engine.evaluate(ticket, List.of(), Instant.parse("2026-03-27T10:00:00Z"))).isEmpty();
        assertThat(notifier.received()).isEmpty();
    }

    /** Every ten minutes from {@code from} to {@code to}: the escalations that fired and the last SLA result. */
    private static List<Escalation> everyTenMinutes(SlaTimeline ticket, SlaDefinition d, List<EscalationRule> rules,
                                                    Instant from, Instant to, List<SlaResult> last) {
        SlaEngine sla = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
                BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        EscalationEngine engine = EscalationEngine.create(rules, EscalationLedger.inMemory(), RecordingNotifier.create());
        List<Escalation> fired = new ArrayList<>();
        for (Instant now = from; !now.isAfter(to); now = now.plus(Duration.ofMinutes(10))) {
            List<SlaResult> results = sla.evaluateAll(List.of(d), ticket, now);
            fired.addAll(engine.evaluate(ticket, results, now));
            last.clear();
            last.addAll(results);
        }
        return fired;
    }

    @Test
    void theFullTargetEscalationFiresAtTheBreachOfAnSlaThatEndsBreached() {
        SlaDefinition p2 = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        SlaTimeline ticket = new SlaTimeline("INC-9", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-04-13T19:00"), "RESOLVED", "P2")));
        List<SlaResult> last = new ArrayList<>();
        List<Escalation> fired = everyTenMinutes(ticket, p2,
                List.of(EscalationRule.slaElapsed("sla-100", "res", 1.0).withNotify("pager", "duty")),
                berlin("2026-04-13T09:00"), berlin("2026-04-14T12:00"), last);
        assertThat(last.get(0).status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(fired).extracting(Escalation::dueAt).containsExactly(berlin("2026-04-13T17:00"));
        assertThat(last.get(0).breachedAt()).contains(fired.get(0).dueAt());
    }

    @Test
    void aSameTimeDeadlineMetOnTuesdayEveningNeverEscalatesAsBreached() {
        SlaDefinition days = SlaDefinition.builder("days").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P3", SlaTarget.businessDays(2)).businessDayConvention(BusinessDayConvention.SAME_TIME)
                .warningThresholds(0.5).build();
        List<EscalationRule> rules = List.of(
                EscalationRule.slaElapsed("sla-50", "days", 0.5).withNotify("email", "lead"),
                EscalationRule.slaElapsed("sla-100", "days", 1.0).withNotify("pager", "duty"));
        SlaTimeline met = new SlaTimeline("INC-10", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P3"),
                SlaEvent.of(berlin("2026-04-14T18:00"), "RESOLVED", "P3")));
        List<SlaResult> last = new ArrayList<>();
        List<Escalation> fired = everyTenMinutes(met, days, rules, berlin("2026-04-13T09:00"),
                berlin("2026-04-16T12:00"), last);
        assertThat(last.get(0).status()).isEqualTo(SlaStatus.ACHIEVED);
        // half of two business days at the same time is Tuesday 09:00, as the SLA's own warning says
        assertThat(fired).extracting(Escalation::ruleId, Escalation::dueAt, Escalation::firedAt)
                .containsExactly(tuple("sla-50", berlin("2026-04-14T09:00"), berlin("2026-04-14T09:00")));

        SlaTimeline open = new SlaTimeline("INC-11", Map.of(), List.of(
                SlaEvent.of(berlin("2026-04-13T09:00"), "IN_PROGRESS", "P3")));
        List<Escalation> breached = everyTenMinutes(open, days, rules, berlin("2026-04-13T09:00"),
                berlin("2026-04-16T12:00"), last);
        assertThat(breached).extracting(Escalation::ruleId, Escalation::dueAt, Escalation::firedAt).containsExactly(
                tuple("sla-50", berlin("2026-04-14T09:00"), berlin("2026-04-14T09:00")),
                tuple("sla-100", berlin("2026-04-15T09:00"), berlin("2026-04-15T09:00")));
    }

    private static Instant due(List<Escalation> fired, String rule, int occurrence) {
        return fired.stream().filter(e -> e.ruleId().equals(rule)).toList().get(occurrence).dueAt();
    }
}
