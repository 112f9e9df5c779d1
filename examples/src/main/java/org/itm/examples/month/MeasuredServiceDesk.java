package org.itm.examples.month;

import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.itm.core.time.BusinessCalendar;
import org.itm.examples.report.ControlChart;
import org.itm.examples.report.HumanFormat;
import org.itm.examples.report.LineChart;
import org.itm.examples.report.Point;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.examples.report.ValueFormat;
import org.itm.metrics.analysis.SpcSignal;
import org.itm.metrics.analysis.XmrChart;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.input.OperationsRecords;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.operations.importer.CountShare;
import org.itm.operations.importer.ImportReport;
import org.itm.operations.importer.ImportResult;
import org.itm.operations.importer.IncidentGroupKpis;
import org.itm.operations.importer.IncidentLogKpis;

/**
 * The real service desk: ITM's figures over the ServiceNow incident event log shipped with the examples
 * ({@link org.itm.examples.data.ShippedEventLog}). Everything is computed by ITM: MTTR, SLA attainment,
 * reassignment and reopen rates by priority by {@link IncidentLogKpis}; the weekly backlog by the KPI engine's
 * backlog KPI ({@link org.itm.metrics.catalog.IncidentKpis#BACKLOG}) as of each Monday; the daily volume by the volume KPI per day, and its
 * natural process limits and signals by {@link XmrChart}.
 *
 * @param report  what the import read, used and rejected
 * @param kpis    the incident KPIs, overall and by priority
 * @param backlog open incidents as of 00:00 UTC of each Monday, in date order
 * @param days    the days of the daily-volume chart, in order (every day from the first to the last opening)
 * @param spc     the XmR chart of the daily volume, limits from every day
 */
public record MeasuredServiceDesk(ImportReport report, IncidentLogKpis kpis, Map<LocalDate, Long> backlog,
                                  List<LocalDate> days, XmrChart spc) {

    static final ZoneId ZONE = ZoneOffset.UTC;

    public MeasuredServiceDesk {
        backlog = Collections.unmodifiableMap(new TreeMap<>(backlog));
        days = List.copyOf(days);
    }

    /** The figures of the shipped log. */
    public static MeasuredServiceDesk ofShippedLog() {
        return of(org.itm.examples.data.ShippedEventLog.load());
    }

    /** The figures of an imported log. */
    public static MeasuredServiceDesk of(ImportResult log) {
        IncidentLogKpis kpis = IncidentLogKpis.compute(log.incidents());
        List<IncidentRecord> records = log.incidents().stream().map(OperationsRecords::incident).toList();
        // the business calendar only feeds business-hour measures, which these figures do not use
        BusinessCalendar calendar = BusinessCalendar.weekdays(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0));

        KpiDefinition volume = only(IncidentKpis.catalog(List.of(), TimeWindow.day(ZONE)), IncidentKpis.VOLUME);
        List<KpiResult> perDay = KpiEngine.create(IncidentKpis.schema(calendar), List.of(volume)).compute(records)
                .series(IncidentKpis.VOLUME, Map.of());
        Map<LocalDate, Double> counted = new LinkedHashMap<>();
        perDay.forEach(r -> counted.put(r.window().start(), r.value()));
        LocalDate first = perDay.get(0).window().start();
        LocalDate last = perDay.get(perDay.size() - 1).window().start();
        List<LocalDate> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
            // a day without openings has no window in the results: its volume is zero
            values.add(counted.getOrDefault(d, 0.0));
        }
        XmrChart spc = XmrChart.of(values.stream().mapToDouble(Double::doubleValue).toArray());

        KpiDefinition open = only(IncidentKpis.backlog(List.of()), IncidentKpis.BACKLOG);
        Map<LocalDate, Long> backlog = new TreeMap<>();
        for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
             monday = monday.plusWeeks(1)) {
            Instant asOf = monday.atStartOfDay(ZONE).toInstant();
            double n = KpiEngine.create(IncidentKpis.backlogSchema(calendar, asOf), List.of(open)).compute(records)
                    .total(IncidentKpis.BACKLOG).map(KpiResult::value).orElse(0.0);
            backlog.put(monday, Math.round(n));
        }
        return new MeasuredServiceDesk(log.report(), kpis, backlog, days, spc);
    }

    /** The id of the report section. */
    static final String SECTION_ID = "servicedesk";

    /** The report section "Your service desk, measured". */
    Section section() {
        IncidentGroupKpis overall = kpis.overall();
        Table.Builder byPriority = Table.builder("By priority — compare the median with the mean (a mean far above"
                        + " the median is a tail of long-running incidents) and look for priorities whose SLA"
                        + " attainment falls below the rest")
                .header("Priority", "Incidents", "Resolved", "MTTR (median)", "MTTR (mean)", "SLA made",
                        "Reassigned", "Mean reassignments", "Reopened");
        java.util.stream.Stream.concat(kpis.byPriority().values().stream(), java.util.stream.Stream.of(overall))
                .forEach(k -> byPriority.row(k.group(), k.incidents(), k.resolved(),
                        k.mttrMedian().map(HumanFormat::duration).orElse("—"),
                        k.mttrMean().map(HumanFormat::duration).orElse("—"), share(k.slaMade()),
                        share(k.reassigned()), k.meanReassignments().setScale(2, RoundingMode.HALF_UP),
                        share(k.reopened())));

        LineChart.Builder backlogChart = LineChart.builder("Open incidents (backlog) as of each Monday 00:00 UTC")
                .xAxis("Week").yAxis("Open incidents").xFormat(ValueFormat.DATE).showPoints(true);
        List<Point> points = new ArrayList<>();
        backlog.forEach((day, n) -> points.add(new Point(day.toEpochDay(), n)));
        backlogChart.series("Backlog", points);

        DateTimeFormatter label = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
        ControlChart.Builder volume = ControlChart.builder("Incidents opened per day, with natural process limits"
                        + " (XmR)").yAxis("Incidents opened")
                .limits(spc.centre(), spc.upperLimit(), Math.max(0, spc.lowerLimit()));
        for (int d = 0; d < days.size(); d++) {
            volume.point(days.get(d).format(label), spc.values().get(d));
        }
        spc.signals().stream().map(SpcSignal::index).distinct().forEach(volume::signal);

        long peak = backlog.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return Section.builder(SECTION_ID, "Your service desk, measured")
                .paragraph("Real data: the incident event log of a ServiceNow instance of an IT company ("
                        + HumanFormat.count(report.rowsRead()) + " updates of " + HumanFormat.count(report.incidents())
                        + " incidents opened " + days.get(0) + " to " + days.get(days.size() - 1) + "; "
                        + HumanFormat.count(report.rejected().size()) + " rows rejected by the importer), published by"
                        + " Amaral, Fantinato and Peres (University of São Paulo) in the UCI Machine Learning"
                        + " Repository under CC BY 4.0 and shipped with the examples. Figures are ITM's:"
                        + " ServiceNowEventLogImporter, IncidentLogKpis, the KPI engine's backlog and volume KPIs and"
                        + " the XmR chart. MTTR is wall-clock time from opening to resolution.")
                .tiles(Tile.of("Incidents", HumanFormat.count(overall.incidents()), Rag.NONE),
                        new Tile("MTTR (median)", overall.mttrMedian().map(HumanFormat::duration).orElse("—"),
                                Rag.NONE, "mean " + overall.mttrMean().map(HumanFormat::duration).orElse("—")),
                        new Tile("SLA made", share(overall.slaMade()), MonthRun.rag(
                                overall.slaMade().percent(1).doubleValue() >= 90,
                                overall.slaMade().percent(1).doubleValue() >= 80), "made_sla at the last update"),
                        new Tile("Reassigned", share(overall.reassigned()), Rag.NONE, "at least once"),
                        new Tile("Reopened", share(overall.reopened()), Rag.NONE, "at least once"),
                        new Tile("Peak backlog", HumanFormat.count(peak), Rag.NONE, "open incidents on a Monday"))
                .table(byPriority.build())
                .chart(backlogChart.build())
                .paragraph("The backlog climbs while openings outpace resolutions; a line that keeps rising week"
                        + " after week is work the desk is not catching up with.")
                .chart(volume.build())
                .paragraph("The low points are weekends. " + spc.signals().size() + " signals of special causes"
                        + " (Western Electric rules) against a centre of " + String.format(Locale.ROOT, "%.1f", spc.centre())
                        + " incidents a day; a point above the upper limit is a day to explain, not noise.")
                .build();
    }

    private static String share(CountShare s) {
        return s.percent(1).toPlainString() + "%";
    }

    private static KpiDefinition only(List<KpiDefinition> catalog, String id) {
        return catalog.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
