package org.itm.examples.month;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.itm.core.time.BusinessCalendar;
import org.itm.examples.report.Cell;
import org.itm.examples.report.ControlChart;
import org.itm.examples.report.HumanFormat;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.metrics.analysis.SpcSignal;
import org.itm.metrics.analysis.XmrChart;
import org.itm.metrics.catalog.DoraBands;
import org.itm.metrics.catalog.DoraClassification;
import org.itm.metrics.catalog.DoraKpis;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.cost.AllocationRule;
import org.itm.metrics.cost.CostRecord;
import org.itm.core.money.Money;
import org.itm.metrics.cost.Showback;
import org.itm.metrics.feedback.FeedbackKpis;
import org.itm.metrics.input.DeploymentRecord;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.input.OperationsRecords;
import org.itm.metrics.input.SurveyResponse;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.TimeWindow;

/**
 * The monthly service review: the incident KPI catalog per service with RAG status, daily incident volume on an
 * XmR chart with Western Electric signals, DORA four keys in their bands, CSAT/NPS and cost showback.
 *
 * @param kpis      incident KPIs per service for the month
 * @param volume    incidents per day of the month
 * @param spc       the XmR chart of the daily volume
 * @param dora      DORA classifications per service
 * @param feedback  CSAT and NPS per service
 * @param showback  the month's costs allocated to consumers
 */
public record MetricsMonth(KpiResults kpis, List<Double> volume, XmrChart spc, List<DoraClassification> dora,
                           KpiResults feedback, Showback showback) {

    static final List<String> REVIEWED = List.of(IncidentKpis.VOLUME, IncidentKpis.MTTA, IncidentKpis.MTTR_MEDIAN,
            IncidentKpis.MTTR_BUSINESS_MEDIAN, IncidentKpis.SLA_ATTAINMENT, IncidentKpis.REASSIGNMENT_RATE);

    /** Computes the review of {@code month} from the operations of the month and seeded deployments and surveys. */
    public static MetricsMonth run(long seed, YearMonth month, OperationsMonth operations) {
        ZoneId zone = OperationsMonth.BERLIN;
        Random rnd = new Random(seed);
        List<IncidentRecord> incidents = operations.incidents().stream()
                .map(i -> OperationsRecords.incident(i, operations.resolutionMet().getOrDefault(i.id().value(), false)))
                .toList();
        BusinessCalendar office = BusinessCalendar.weekdays(zone, LocalTime.of(8, 0), LocalTime.of(18, 0));
        KpiResults kpis = KpiEngine.create(IncidentKpis.schema(office),
                IncidentKpis.catalog(List.of("service"), TimeWindow.month(zone))).compute(incidents);

        double[] perDay = new double[month.lengthOfMonth()];
        for (IncidentRecord r : incidents) {
            perDay[r.opened().atZone(zone).getDayOfMonth() - 1]++;
        }
        List<Double> volume = new ArrayList<>();
        for (double v : perDay) {
            volume.add(v);
        }
        XmrChart spc = XmrChart.of(perDay);

        List<DeploymentRecord> deployments = new ArrayList<>();
        List<SurveyResponse> surveys = new ArrayList<>();
        String[] services = {"mail", "erp", "shop", "vpn", "portal"};
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            for (int s = 0; s < services.length; s++) {
                if (rnd.nextInt(services[s].equals("shop") ? 1 : 3) != 0) {
                    continue;
                }
                Instant deployed = month.atDay(day).atTime(10 + s, 0).atZone(zone).toInstant();
                boolean failed = rnd.nextInt(8) == 0;
                deployments.add(new DeploymentRecord("D-" + deployments.size(), services[s], "team-" + services[s],
                        deployed.minus(Duration.ofHours(4 + rnd.nextInt(24 * (s + 1)))), deployed, failed,
                        failed ? Optional.of(deployed.plus(Duration.ofMinutes(20 + rnd.nextInt(300))))
                                : Optional.empty()));
            }
        }
        for (IncidentRecord r : incidents) {
            if (r.resolved().isPresent() && rnd.nextInt(3) == 0) {
                int nps = Math.min(10, Math.max(0, (int) Math.round((r.slaMet() ? 9 : 6) + 1.5 * rnd.nextGaussian())));
                surveys.add(new SurveyResponse("S-" + surveys.size(), r.service(), r.team(),
                        r.resolved().get().plus(Duration.ofHours(2)), OptionalInt.of(nps >= 8 ? 5 : nps >= 6 ? 4 : 2),
                        OptionalInt.of(nps), Optional.of(r.id())));
            }
        }
        List<DoraClassification> dora = DoraBands.published().classifyAll(
                KpiEngine.create(DoraKpis.schema(zone), DoraKpis.catalog(List.of("service"), TimeWindow.month(zone)))
                        .compute(deployments));
        KpiResults feedback = KpiEngine.create(FeedbackKpis.schema(), FeedbackKpis.catalog(zone)).compute(surveys);
        Showback showback = Showback.allocate(List.of(
                new CostRecord("hosting", "shop", month, Money.of("42000.00", "EUR")),
                new CostRecord("hosting", "erp", month, Money.of("18500.50", "EUR")),
                new CostRecord("service-desk", "mail", month, Money.of("9999.99", "EUR"))), Map.of(
                "hosting", AllocationRule.byDriver("cpu hours", Map.of("retail", new BigDecimal("5120"),
                        "finance", new BigDecimal("2210.5"), "hr", new BigDecimal("300"))),
                "service-desk", AllocationRule.byHeadcount(Map.of("retail", 310, "finance", 95, "hr", 42))));
        return new MetricsMonth(kpis, volume, spc, dora, feedback, showback);
    }

    /** The metrics section of the report. */
    Section section() {
        ControlChart.Builder chart = ControlChart.builder("Incidents per day with natural process limits (XmR)")
                .yAxis("Incidents").limits(spc.centre(), spc.upperLimit(), Math.max(0, spc.lowerLimit()));
        for (int d = 0; d < volume.size(); d++) {
            chart.point(String.format(Locale.ROOT, "%02d", d + 1), volume.get(d));
        }
        spc.signals().stream().map(SpcSignal::index).distinct().forEach(chart::signal);

        Table.Builder kpiTable = Table.builder("Incident KPIs by service (this month) — start with the RED rows: the Why column"
                        + " says which threshold each value crossed")
                .header("Service", "KPI", "Value", "Status", "Why");
        Map<String, List<KpiResult>> byService = new TreeMap<>();
        for (String kpi : REVIEWED) {
            for (KpiResult r : kpis.forKpi(kpi)) {
                byService.computeIfAbsent(r.dimension("service").orElse("all"), k -> new ArrayList<>()).add(r);
            }
        }
        byService.forEach((service, results) -> results.forEach(r -> kpiTable.row(service, r.kpiId(),
                kpiValue(r), rag(r.status()), r.explanation())));

        Table.Builder doraTable = Table.builder("DORA four keys (bands of the published report) — services in the LOW band are"
                        + " where delivery improvements pay most")
                .header("Service", "Metric", "Band", "Why");
        dora.stream().sorted(Comparator.comparing((DoraClassification c) ->
                        c.result().dimension("service").orElse("")).thenComparing(c -> c.metric().name()))
                .forEach(c -> doraTable.row(c.result().dimension("service").orElse("all"), c.metric().name(),
                        c.band().name(), c.explanation()));

        Table.Builder feedbackTable = Table.builder("User feedback — CSAT below 80 % or a negative NPS marks a service users are"
                        + " unhappy with; few responses make a figure unreliable").header("Service", "KPI", "Value", "Responses");
        for (String kpi : List.of(FeedbackKpis.CSAT, FeedbackKpis.NPS)) {
            feedback.forKpi(kpi).stream().sorted(Comparator.comparing(r -> r.dimensions().toString()))
                    .forEach(r -> feedbackTable.row(r.dimension("service").orElse("all services"),
                            r.kpiId(), kpi.equals(FeedbackKpis.CSAT) ? HumanFormat.percent(r.value())
                                    : String.format(Locale.ROOT, "%+.0f", r.value()), r.sampleSize()));
        }
        Table.Builder costTable = Table.builder("Showback (total " + HumanFormat.figure(MonthRun.SHOWBACK,
                        showback.total().amount().doubleValue()) + ") — what each consumer is shown as its share of"
                        + " the month's run cost")
                .header("Consumer", "Allocated");
        showback.byConsumer().forEach((consumer, amount) -> costTable.row(consumer,
                Cell.figure(HumanFormat.figure(MonthRun.SHOWBACK, amount.amount().doubleValue()))));
        return Section.builder("metrics", "Metrics: the monthly service review")
                .tiles(Tile.of("SPC signals", String.valueOf(spc.signals().size()),
                                spc.signals().isEmpty() ? Rag.GREEN : Rag.AMBER),
                        Tile.of("Deployments", String.valueOf(dora.stream()
                                .filter(c -> c.metric().name().contains("FREQUENCY")).count()) + " services", Rag.NONE),
                        Tile.of("Showback", HumanFormat.figure(MonthRun.SHOWBACK,
                                showback.total().amount().doubleValue()), Rag.NONE))
                .chart(chart.build())
                .table(kpiTable.build())
                .table(doraTable.build())
                .table(feedbackTable.build())
                .table(costTable.build())
                .build();
    }

    /** A KPI value for people: hours as a duration, counts whole, rates as percentages. */
    private static Cell kpiValue(KpiResult r) {
        return switch (r.kpiId()) {
            case IncidentKpis.MTTA, IncidentKpis.MTTR_MEDIAN, IncidentKpis.MTTR_BUSINESS_MEDIAN ->
                    Cell.figure(HumanFormat.hours(r.value()));
            case IncidentKpis.SLA_ATTAINMENT, IncidentKpis.REASSIGNMENT_RATE -> Cell.figure(HumanFormat.percent(r.value()));
            default -> Cell.figure(HumanFormat.count(r.value()));
        };
    }

    static Rag rag(RagStatus status) {
        return switch (status) {
            case GREEN -> Rag.GREEN;
            case AMBER -> Rag.AMBER;
            case RED -> Rag.RED;
            case NONE -> Rag.NONE;
        };
    }
}
