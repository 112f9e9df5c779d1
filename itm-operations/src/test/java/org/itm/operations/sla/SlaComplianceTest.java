package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.operations.sla.SlaEngineTest.berlin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class SlaComplianceTest {

    private final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
            BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0)))));

    @Test
    void reportsPercentMetPerServicePriorityTeamAndMonthWithBreachCauses() {
        SlaDefinition d = SlaEngineTest.p2Resolution();
        SlaTimeline breached = new SlaTimeline("INC-1", Map.of("service", "mail", "team", "messaging"),
                SlaEngineTest.workedExample().events());
        SlaTimeline met = new SlaTimeline("INC-2", Map.of("service", "mail", "team", "messaging"), List.of(
                SlaEvent.of(berlin("2026-04-01T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-04-01T12:00"), "RESOLVED", "P2")));
        SlaTimeline running = new SlaTimeline("INC-3", Map.of("service", "crm"), List.of(
                SlaEvent.of(berlin("2026-04-01T09:00"), "IN_PROGRESS", "P2")));
        Instant now = berlin("2026-04-01T13:00");
        SlaCompliance c = SlaCompliance.inZone(ZoneId.of("Europe/Berlin"));
        for (SlaTimeline t : List.of(breached, met, running)) {
            engine.evaluateAll(List.of(d), t, now).forEach(r -> c.add(r, t.attributes()));
        }
        SlaComplianceReport report = c.report();
        assertThat(report.overall()).isEqualTo(new ComplianceFigure(2, 1, 1));
        assertThat(report.byService().get("mail").percentMet()).isEqualTo(50.0);
        assertThat(report.byService()).doesNotContainKey("crm");
        assertThat(report.byMonth()).containsEntry("2026-03", new ComplianceFigure(1, 0, 1))
                .containsEntry("2026-04", new ComplianceFigure(1, 1, 0));
        assertThat(report.byTeam().get("messaging").total()).isEqualTo(2);
        assertThat(report.byPriority().get("P2").breached()).isEqualTo(1);
        SlaBreach b = report.breaches().get(0);
        assertThat(b.ticketId()).isEqualTo("INC-1");
        assertThat(b.breachedAt()).isEqualTo(Instant.parse("2026-03-27T16:00:00Z"));
        assertThat(b.breachState()).isEqualTo("IN_PROGRESS");
        assertThat(b.longestState()).isEqualTo("IN_PROGRESS");
        assertThat(b.overrun()).isEqualTo(Duration.ofHours(3));
    }

    /**
     * Results resolved at night (no business time elapsed, so met) on both sides of month ends, in an order that
     * goes back and forth across them: each lands in the month of its resolution in the accumulator's zone.
     */
    @Test
    void eachResultCountsInTheMonthOfItsInstantInTheReportZone() {
        List<String> resolved = List.of("2026-03-31T23:59:59", "2026-04-01T00:00", "2026-03-31T23:30",
                "2026-03-29T03:30", "2026-10-31T23:59", "2026-11-01T00:00", "2026-04-30T23:00", "2026-04-01T00:00");
        SlaCompliance inBerlin = SlaCompliance.inZone(ZoneId.of("Europe/Berlin"));
        SlaCompliance inUtc = SlaCompliance.inZone(ZoneId.of("UTC"));
        for (int i = 0; i < resolved.size(); i++) {
            Instant at = berlin(resolved.get(i));
            SlaTimeline t = new SlaTimeline("INC-" + i, Map.of("service", "mail"), List.of(
                    SlaEvent.of(at.minus(Duration.ofMinutes(20)), "IN_PROGRESS", "P2"),
                    SlaEvent.of(at, "RESOLVED", "P2")));
            for (SlaResult r : engine.evaluateAll(List.of(SlaEngineTest.p2Resolution()), t, at)) {
                assertThat(r.status()).isEqualTo(SlaStatus.ACHIEVED);
                inBerlin.add(r, t.attributes());
                inUtc.add(r, t.attributes());
            }
        }

        assertThat(inBerlin.report().byMonth()).containsOnly(Map.entry("2026-03", new ComplianceFigure(3, 3, 0)),
                Map.entry("2026-04", new ComplianceFigure(3, 3, 0)), Map.entry("2026-10", new ComplianceFigure(1, 1, 0)),
                Map.entry("2026-11", new ComplianceFigure(1, 1, 0)));
        // midnight of the 1st in Berlin is 22:00 or 23:00 UTC the day before: those results count a month earlier
        assertThat(inUtc.report().byMonth()).containsOnly(Map.entry("2026-03", new ComplianceFigure(5, 5, 0)),
                Map.entry("2026-04", new ComplianceFigure(1, 1, 0)), Map.entry("2026-10", new ComplianceFigure(2, 2, 0)));
    }

    @Test
    void percentMetIsTheShareOfMeasuredTicketsThatMetTheTarget() {
        assertThat(new ComplianceFigure(4, 3, 1).percentMet()).isEqualTo(75.0);
        assertThat(new ComplianceFigure(8, 1, 7).percentMet()).isEqualTo(12.5);
        assertThat(new ComplianceFigure(0, 0, 0).percentMet()).isEqualTo(100.0);
    }
}
