package org.itm.examples.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.analysis.TrendTest;
import org.itm.metrics.analysis.XmrChart;
import org.itm.metrics.catalog.DoraBands;
import org.itm.metrics.catalog.DoraKpis;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.cost.AllocationRule;
import org.itm.metrics.cost.CostRecord;
import org.itm.core.money.Money;
import org.itm.metrics.cost.Showback;
import org.itm.metrics.feedback.FeedbackKpis;
import org.itm.metrics.input.DeploymentRecord;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.input.SurveyResponse;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.Thresholds;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.scorecard.Scorecard;
import org.itm.metrics.scorecard.ScorecardEntry;
import org.itm.metrics.scorecard.ScorecardRenderer;

/** A monthly service review from a year of seeded generated data: KPIs with RAG, DORA, SPC, CSAT/NPS, showback. */
public final class ServiceReviewExample {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String[] SERVICES = {"mail", "shop", "erp"};
    static final LocalDate REVIEWED = LocalDate.of(2026, 12, 1);

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(2026);
        List<IncidentRecord> incidents = new ArrayList<>();
        List<DeploymentRecord> deployments = new ArrayList<>();
        List<SurveyResponse> surveys = new ArrayList<>();
        Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant();
        for (int day = 0; day < 365; day++) {
            for (int s = 0; s < SERVICES.length; s++) {
                // the shop's restores slow down from August: a shift SPC should flag before the target breaks
                double slowdown = s == 1 && day > 212 ? 1.5 : 1.0;
                for (int k = 0; k < 4; k++) {
                    Instant opened = start.plusSeconds(day * 86_400L + 25_200 + random.nextLong(43_200));
                    long restoreSeconds = (long) (3600 * 2.5 * slowdown * Math.exp(0.8 * random.nextGaussian()));
                    String id = "INC-" + incidents.size();
                    incidents.add(new IncidentRecord(id, SERVICES[s], "team-" + s, "P" + (2 + random.nextInt(3)),
                            "general", SERVICES[s] + "-ci-" + random.nextInt(5), opened,
                            Optional.of(opened.plusSeconds(60 + random.nextInt(1800))),
                            Optional.of(opened.plusSeconds(restoreSeconds)), random.nextInt(5) == 0 ? 1 : 0,
                            random.nextInt(25) == 0 ? 1 : 0, restoreSeconds < 8 * 3600, random.nextInt(10) < 7,
                            random.nextInt(400) == 0));
                    if (random.nextInt(3) == 0) {
                        int nps = Math.min(10, Math.max(0, (int) Math.round(9.5 - slowdown * 1.5
                                + 1.5 * random.nextGaussian())));
                        surveys.add(new SurveyResponse("S-" + surveys.size(), SERVICES[s], "team-" + s,
                                opened.plusSeconds(restoreSeconds + 3600), OptionalInt.of(nps >= 8 ? 5 : nps >= 6
                                ? 4 : 2), OptionalInt.of(nps), Optional.of(id)));
                    }
                }
                Instant deployed = start.plusSeconds(day * 86_400L + 36_000 + s * 600L);
                boolean failed = random.nextInt(12) == 0;
                deployments.add(new DeploymentRecord("D-" + deployments.size(), SERVICES[s], "team-" + s,
                        deployed.minusSeconds(3600L * (4 + random.nextInt(60 * (s + 1)))), deployed, failed,
                        failed ? Optional.of(deployed.plusSeconds(600 + random.nextInt(7200 * (s + 1))))
                                : Optional.empty()));
            }
        }

        BusinessCalendar calendar = BusinessCalendar.weekdays(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0));
        List<KpiDefinition> incidentDefs = IncidentKpis.catalog(List.of("service"),
                TimeWindow.month(ZONE));
        KpiResults ops = KpiEngine.create(IncidentKpis.schema(calendar), incidentDefs).compute(incidents);
        KpiResults dora = KpiEngine.create(DoraKpis.schema(ZONE), DoraKpis.catalog(ZONE)).compute(deployments);
        KpiResults feedback = KpiEngine.create(FeedbackKpis.schema(), FeedbackKpis.catalog(ZONE)).compute(surveys);

        System.out.println("=== Service review " + YearMonth.from(REVIEWED) + " (" + incidents.size()
                + " incidents, " + deployments.size() + " deployments, " + surveys.size() + " responses) ===");
        for (String service : SERVICES) {
            Map<String, String> scope = Map.of("service", service);
            System.out.println("\n--- " + service + " ---");
            for (String kpi : List.of(IncidentKpis.VOLUME, IncidentKpis.MTTA, IncidentKpis.MTTR_MEDIAN,
                    IncidentKpis.MTTR_BUSINESS_MEDIAN, IncidentKpis.SLA_ATTAINMENT, IncidentKpis.FIRST_CONTACT_RESOLUTION,
                    IncidentKpis.REOPEN_RATE)) {
                ops.find(kpi, scope, REVIEWED).ifPresent(ServiceReviewExample::print);
            }
            feedback.find(FeedbackKpis.CSAT, scope, REVIEWED).ifPresent(ServiceReviewExample::print);
            feedback.find(FeedbackKpis.NPS, scope, REVIEWED).ifPresent(ServiceReviewExample::print);
            DoraBands.published().classifyAll(dora).stream()
                    .filter(c -> c.result().dimensions().equals(scope) && c.result().window().start().equals(REVIEWED))
                    .forEach(c -> System.out.printf("  DORA %-32s %-6s (%s)%n", c.metric(), c.band(),
                            c.explanation()));

            List<KpiResult> mttr = ops.series(IncidentKpis.MTTR_MEDIAN, scope);
            XmrChart chart = XmrChart.of(mttr, 6);
            TrendTest trend = TrendTest.mannKendall(mttr, 0.05);
            System.out.printf("  MTTR trend: %s (p=%.3f, Sen slope %.2f h/month)%n", trend.trend(), trend.pValue(),
                    trend.slope());
            chart.earlyWarnings(new Thresholds(4, 4, 8), KpiDirection.LOWER_IS_BETTER).forEach(s -> System.out.printf(
                    "  SPC early warning %s: %s%n", mttr.get(s.index()).window(), s.explanation()));

            Scorecard card = Scorecard.of(service + "-card", service + " scorecard", scope, List.of(
                    new ScorecardEntry(IncidentKpis.MTTR_MEDIAN, 3), new ScorecardEntry(IncidentKpis.SLA_ATTAINMENT, 3),
                    new ScorecardEntry(IncidentKpis.FIRST_CONTACT_RESOLUTION, 1),
                    new ScorecardEntry(IncidentKpis.REOPEN_RATE, 1)));
            var result = card.evaluate(ops, incidentDefs, REVIEWED);
            System.out.printf("  Scorecard: %.1f points, %s%n", result.score(), result.status());
            if (service.equals("mail")) {
                System.out.print(ScorecardRenderer.csv(result).indent(4));
            }
        }

        YearMonth month = YearMonth.from(REVIEWED);
        Showback showback = Showback.allocate(List.of(
                new CostRecord("hosting", "shop", month, Money.of("42000.00", "EUR")),
                new CostRecord("hosting", "erp", month, Money.of("18500.50", "EUR")),
                new CostRecord("service-desk", "mail", month, Money.of("9999.99", "EUR"))), Map.of(
                "hosting", AllocationRule.byDriver("cpu hours", Map.of("retail", new BigDecimal("5120"),
                        "finance", new BigDecimal("2210.5"), "hr", new BigDecimal("300"))),
                "service-desk", AllocationRule.byHeadcount(Map.of("retail", 310, "finance", 95, "hr", 42))));
        System.out.println("\n--- Showback " + month + " (total " + showback.total() + ") ---");
        showback.byConsumer().forEach((consumer, amount) -> System.out.printf("  %-8s %s%n", consumer, amount));
        long mailIncidents = incidents.stream().filter(i -> i.service().equals("mail")
                && YearMonth.from(i.opened().atZone(ZONE)).equals(month)).count();
        System.out.println("  mail cost per incident: " + showback.costPerUnit("mail", BigDecimal.valueOf(
                mailIncidents), 2));
    }

    private static void print(KpiResult r) {
        System.out.printf("  %-30s %10.2f  %-5s %s%n", r.kpiId(), r.value(), r.status(), r.explanation());
    }
}
