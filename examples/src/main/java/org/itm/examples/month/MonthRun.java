package org.itm.examples.month;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.examples.SharedDataFiles;
import org.itm.examples.data.ShippedEventLog;
import org.itm.examples.report.Cell;
import org.itm.examples.report.HtmlReport;
import org.itm.examples.report.HumanFormat;
import org.itm.examples.report.Links;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;

/**
 * One simulated month of IT management: runs every module on seeded data calibrated on the real ServiceNow log,
 * measures that log, keeps the month's process state and figures in the store of the {@link ItmEnvironment} it is
 * given and assembles the HTML report. The incidents, changes, problems (and known errors) and risks (with their
 * treatments) go through each module's process services ({@code OperationsServices}, {@code RiskServices}), so the
 * next month loads the ones still open and continues them. Everything is a function of (month, seed, stored state).
 *
 * @param month      the simulated month
 * @param operations incidents, SLAs, alerts, problems and changes
 * @param governance portfolio, selection and roadmap
 * @param capacity   forecasts, exhaustion and staffing
 * @param risk       register, vulnerabilities, SoD, FAIR, audit
 * @param metrics    the monthly service review
 * @param measured   the real service desk: ITM's figures over the shipped ServiceNow event log
 * @param figures    the headline figures of this month
 * @param previous   the figures of the previous month, if an earlier run stored them
 * @param report     the HTML report
 */
public record MonthRun(YearMonth month, OperationsMonth operations, GovernanceMonth governance, CapacityMonth capacity, RiskMonth risk,
                       MetricsMonth metrics, MeasuredServiceDesk measured,
                       MonthFigures figures, Optional<MonthFigures> previous, HtmlReport report) {

    static final String FIGURES_TYPE = "month-figures";

    /**
     * Runs the month on the environment's store: the incidents, changes, problems and risks still open there (left
     * by earlier months) are continued next to the month's new ones, and everything is stored again with the
     * month's figures (the figures of the month before, if stored, become {@link #previous()}). A month runs once
     * per store: its items and its figures are stored in one atomic {@link DocumentStore#write} batch (the figures,
     * written last, mark the month as stored), so a run that fails there stores nothing of the month and can
     * simply be run again; a month whose figures are stored is refused.
     *
     * @param env      the embedding environment whose store keeps the process state and figures
     * @param progress receives one line per step, for long runs
     * @throws ItmValidationException naming {@code month} if the store already holds that month: its items were
     *                                generated and continued once, and running it again would duplicate them
     */
    public static MonthRun execute(YearMonth month, long seed, ItmEnvironment env, Consumer<String> progress) {
        DocumentStore store = env.store();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // each month draws its own events from the seed; the portfolio is the same all year
        long monthSeed = seed ^ ((month.getYear() * 12L + month.getMonthValue()) * 0x9E3779B97F4A7C15L);
        Repository<MonthFigures> history = history(store);
        Optional<YearMonth> latest = latestStored(env);
        if (history.get(month.toString()).isPresent() || latest.filter(l -> !l.isBefore(month)).isPresent()) {
            throw new ItmValidationException("month", month + " is not after the last month in this store ("
                    + latest.orElse(month) + "); its incidents, changes, problems and risks were stored by an"
                    + " earlier run: run " + latest.orElse(month).plusMonths(1) + " or use a new store");
        }
        MonthState state = new MonthState(env);

        progress.accept("[1/7] operations: a month of incidents, SLAs, alerts, problems and changes ...");
        Calibration calibration = Calibration.of(ShippedEventLog.load());
        OperationsMonth operations = OperationsMonth.run(monthSeed, month, calibration, new OperationsMonth.Carried(
                state.openIncidents(), state.openChanges(), state.openProblems()));
        progress.accept("[2/7] capacity: forecasting and staffing ...");
        CapacityMonth capacity = CapacityMonth.run(seed, monthEnd,
                SharedDataFiles.find("timeseries/taylor_halfhourly_load.csv"));
        progress.accept("[3/7] risk: register, vulnerability feed, FAIR simulation, audit log ...");
        RiskMonth risk = RiskMonth.run(monthSeed, monthEnd, state.openRisks(), state.storedRisks() + 1);
        progress.accept("[4/7] governance: selecting a 40-initiative portfolio under budget ...");
        GovernanceMonth governance = GovernanceMonth.run(seed, month.getYear());
        progress.accept("[5/7] metrics: the monthly service review ...");
        MetricsMonth metrics = MetricsMonth.run(monthSeed, month, operations);
        progress.accept("[6/7] your service desk, measured: the real ServiceNow event log ...");
        MeasuredServiceDesk measured = MeasuredServiceDesk.ofShippedLog();
        progress.accept("[7/7] report: storing the month's incidents, changes, problems, risks and figures ...");

        MonthFigures figures = new MonthFigures(month.toString(), headline(operations, capacity, risk, governance, metrics));
        Optional<MonthFigures> previous = history.get(month.minusMonths(1).toString()).map(Versioned::value);
        // one atomic batch: the month's items, then its figures, which mark the month as stored; if any write
        // fails nothing of the month is stored, and running the month again starts from the same state
        List<Write> batch = new ArrayList<>(state.writes(operations, risk));
        batch.addAll(history.writesToCreate(figures));
        store.write(batch);
        List<Section> sections = List.of(operations.section(), capacity.section(), risk.section(),
                governance.section(), metrics.section(), measured.section());
        HtmlReport.Builder builder = HtmlReport.builder()
                .title("IT management review — " + month)
                .subtitle("Seed " + seed + "; generated by ITM's main example from seeded, reproducible data, and"
                        + " measured on a real ServiceNow event log")
                .section(overview(figures, previous, carriedOver(operations, risk, previous.map(p -> YearMonth.parse(p.month()))),
                        sectionLines(operations, capacity, risk, governance, metrics, measured, sections)));
        sections.forEach(builder::section);
        HtmlReport report = builder.build();
        return new MonthRun(month, operations, governance, capacity, risk, metrics, measured, figures, previous,
                report);
    }

    private static Repository<MonthFigures> history(DocumentStore store) {
        return Repository.builder(MonthFigures.class, FIGURES_TYPE).id(MonthFigures::month).build(store);
    }

    /** The figures of {@code month} stored in the environment's store, if a run stored them. */
    public static Optional<MonthFigures> stored(ItmEnvironment env, YearMonth month) {
        return history(env.store()).get(month.toString()).map(Versioned::value);
    }

    /** The latest month stored in the environment's store, if any. */
    public static Optional<YearMonth> latestStored(ItmEnvironment env) {
        Repository<MonthFigures> history = history(env.store());
        return history.findAll(Query.of(FIGURES_TYPE)).stream()
                .map(v -> YearMonth.parse(v.value().month()))
                .max(YearMonth::compareTo);
    }

    // names say the kind of a figure (HumanFormat.figure): "... %" a percentage, "... EUR" an amount, else a count
    static final String INCIDENTS = "incidents";
    static final String SLAS_MET = "SLAs met %";
    static final String SLA_BREACHES = "SLA breaches";
    static final String ESCALATIONS = "escalations";
    static final String COLLISIONS = "change collisions";
    static final String PROBLEMS = "problems proposed";
    static final String SPC_SIGNALS = "SPC signals (daily volume)";
    static final String SHOWBACK = "showback total EUR";
    static final String PATCH_COMPLIANCE = "patch compliance %";
    static final String OVERDUE_PATCHES = "overdue patches";
    static final String ABOVE_APPETITE = "risks above appetite";
    static final String SOD = "SoD violations";
    static final String PORTFOLIO_VALUE = "portfolio value selected kEUR";
    static final String SELECTED = "initiatives selected";
    static final String PEAK_AGENTS = "peak agents needed";
    static final String HEADROOM = " headroom %";

    private static Map<String, Double> headline(OperationsMonth operations, CapacityMonth capacity, RiskMonth risk,
                                                GovernanceMonth governance, MetricsMonth metrics) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(INCIDENTS, (double) operations.incidents().size());
        f.put(SLAS_MET, CapacityMonth.round1(operations.compliance().overall().percentMet()));
        f.put(SLA_BREACHES, (double) operations.compliance().overall().breached());
        f.put(ESCALATIONS, (double) operations.escalations().size());
        f.put(COLLISIONS, (double) operations.collisions().size());
        f.put(PROBLEMS, (double) operations.problems().size());
        f.put(SPC_SIGNALS, (double) metrics.spc().signals().size());
        f.put(SHOWBACK, metrics.showback().total().amount().doubleValue());
        f.put(PATCH_COMPLIANCE, risk.patches().compliancePercent().doubleValue());
        f.put(OVERDUE_PATCHES, (double) risk.patches().overdue().size());
        f.put(ABOVE_APPETITE, (double) risk.register().aboveAppetite().size());
        f.put(SOD, (double) risk.sod().size());
        f.put(PORTFOLIO_VALUE, (double) Math.round(governance.selection().totalValue()));
        f.put(SELECTED, (double) governance.selection().selected().size());
        for (CapacityMonth.Outlook o : capacity.outlooks()) {
            f.put(o.resource().id() + HEADROOM, CapacityMonth.round1(o.exhaustion().headroomFraction() * 100));
        }
        f.put(PEAK_AGENTS, (double) capacity.staffing().stream().mapToInt(p -> p.plan().agents()).max()
                .orElse(0));
        return f;
    }

    /**
     * What the month took over, still open, from the store, as {@code "12 incidents, 1 change, 2 problems and 24
     * risks open from 2026-11"}, or that nothing was carried over.
     */
    static String carriedOver(OperationsMonth operations, RiskMonth risk, Optional<YearMonth> from) {
        OperationsMonth.Carried c = operations.carried();
        if (c.incidents().isEmpty() && c.changes().isEmpty() && c.problems().isEmpty() && risk.carried().isEmpty()) {
            return "Nothing was carried over: the store held no open incidents, changes, problems or risks.";
        }
        return HumanFormat.counted(c.incidents().size(), "incident", "incidents") + ", "
                + HumanFormat.counted(c.changes().size(), "change", "changes") + ", "
                + HumanFormat.counted(c.problems().size(), "problem", "problems") + " and "
                + HumanFormat.counted(risk.carried().size(), "risk", "risks") + " open from "
                + from.map(YearMonth::toString).orElse("earlier months")
                + " were carried over and continued this month; the figures include them.";
    }

    /** The section that links to the others and shows the three most urgent figures first. */
    private static Section overview(MonthFigures figures, Optional<MonthFigures> previous, String carried,
                                    List<Links.Item> lines) {
        Table.Builder t = Table.builder("Headline figures" + previous.map(p -> " against " + p.month()).orElse("")
                        + " — read the Change column for what moved since the month before; each figure is explained"
                        + " in the section linked above")
                .header("Figure", "This month", "Previous", "Change");
        figures.sorted().forEach((name, value) -> {
            Optional<Double> before = previous.flatMap(p -> Optional.ofNullable(p.figures().get(name)));
            t.row(name, Cell.figure(HumanFormat.figure(name, value)),
                    before.map(b -> Cell.figure(HumanFormat.figure(name, b))).orElse(Cell.text("—")),
                    before.map(b -> Cell.figure(HumanFormat.change(name, value - b))).orElse(Cell.text("—")));
        });
        double breaches = figures.figure(SLA_BREACHES);
        double overdue = figures.figure(OVERDUE_PATCHES);
        double above = figures.figure(ABOVE_APPETITE);
        return Section.builder("overview", "Overview")
                .paragraph("The three most urgent things this month, each linked to its section:")
                .tiles(new Tile("SLA breaches", HumanFormat.count(breaches), breaches == 0 ? Rag.GREEN : Rag.RED,
                                "SLAs met " + HumanFormat.percent(figures.figure(SLAS_MET)) + "; who held the"
                                        + " clock: Operations").linkedTo("operations"),
                        new Tile("Overdue patches", HumanFormat.count(overdue), overdue == 0 ? Rag.GREEN : Rag.RED,
                                "patch compliance " + HumanFormat.percent(figures.figure(PATCH_COMPLIANCE))
                                        + "; which ones: Risk").linkedTo("risk"),
                        new Tile("Risks above appetite", HumanFormat.count(above), above == 0 ? Rag.GREEN : Rag.AMBER,
                                "residual score over the appetite; the heat map: Risk").linkedTo("risk"))
                .links(lines)
                .paragraph(previous.isPresent()
                        ? "Figures are compared with " + previous.get().month() + ", stored by an earlier run."
                        : "No earlier month is stored yet: run the example again to see month-over-month change.")
                .paragraph(carried)
                .table(t.build())
                .build();
    }

    /**
     * One line per section after the overview, saying what it found: the overview's links and the end of the
     * console output.
     */
    static List<Links.Item> sectionLines(OperationsMonth operations, CapacityMonth capacity, RiskMonth risk,
                                         GovernanceMonth governance, MetricsMonth metrics,
                                         MeasuredServiceDesk measured, List<Section> sections) {
        Map<String, String> headings = new LinkedHashMap<>();
        sections.forEach(s -> headings.put(s.id(), s.heading()));
        Function<String, String> heading = id -> Optional.ofNullable(headings.get(id))
                .orElseThrow(() -> new IllegalArgumentException("the report has no section " + id));
        var overall = operations.compliance().overall();
        var real = measured.kpis().overall();
        String headroom = capacity.outlooks().stream().map(o -> o.resource().id() + " "
                + HumanFormat.percent(CapacityMonth.round1(o.exhaustion().headroomFraction() * 100)))
                .reduce((a, b) -> a + ", " + b).orElse("none");
        List<Links.Item> out = new ArrayList<>();
        out.add(new Links.Item("operations", heading.apply("operations"), HumanFormat.count(operations.incidents().size())
                + " incidents, " + HumanFormat.percent(overall.percentMet()) + " of SLAs met, "
                + HumanFormat.counted(overall.breached(), "breach", "breaches") + ", "
                + HumanFormat.counted(operations.escalations().size(), "escalation", "escalations") + ", "
                + HumanFormat.counted(operations.problems().size(), "problem", "problems") + " proposed, "
                + HumanFormat.counted(operations.collisions().size(), "change collision", "change collisions")));
        out.add(new Links.Item("capacity", heading.apply("capacity"), "headroom " + headroom + "; peak "
                + HumanFormat.count(capacity.staffing().stream().mapToInt(p -> p.plan().agents()).max().orElse(0))
                + " agents needed"));
        out.add(new Links.Item("risk", heading.apply("risk"), HumanFormat.percent(
                risk.patches().compliancePercent().doubleValue()) + " patch compliance, "
                + HumanFormat.counted(risk.patches().overdue().size(), "overdue patch", "overdue patches") + ", "
                + HumanFormat.counted(risk.register().aboveAppetite().size(), "risk", "risks") + " above appetite, "
                + HumanFormat.counted(risk.sod().size(), "SoD violation", "SoD violations")));
        out.add(new Links.Item("governance", heading.apply("governance"), HumanFormat.count(
                governance.selection().selected().size()) + " of " + governance.portfolio().size()
                + " initiatives selected, value " + HumanFormat.count(governance.selection().totalValue())
                + " kEUR NPV, " + HumanFormat.count(governance.selection().nodesExplored()) + " branch-and-bound nodes"));
        out.add(new Links.Item("metrics", heading.apply("metrics"), HumanFormat.counted(metrics.spc().signals().size(),
                "SPC signal", "SPC signals") + " in the daily volume, showback " + HumanFormat.figure(SHOWBACK,
                metrics.showback().total().amount().doubleValue())));
        out.add(new Links.Item(MeasuredServiceDesk.SECTION_ID, heading.apply(MeasuredServiceDesk.SECTION_ID),
                HumanFormat.count(real.incidents()) + " real ServiceNow incidents: MTTR median "
                        + real.mttrMedian().map(HumanFormat::duration).orElse("—") + ", SLA made "
                        + real.slaMade().percent(1).toPlainString() + "%, reassigned "
                        + real.reassigned().percent(1).toPlainString() + "%, reopened "
                        + real.reopened().percent(1).toPlainString() + "%"));
        return out;
    }

    /** A short console summary of the month. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        lines.add("== " + month + " ==");
        figures.sorted().forEach((name, value) -> {
            String change = previous.flatMap(p -> Optional.ofNullable(p.figures().get(name)))
                    .map(b -> " (" + HumanFormat.change(name, value - b) + " vs " + previous.get().month() + ")")
                    .orElse("");
            lines.add(String.format(Locale.ROOT, "%-30s %14s%s", name, HumanFormat.figure(name, value), change));
        });
        lines.add("audit log: " + HumanFormat.count(risk.auditSize()) + " entries, " + risk.audit().reason());
        lines.add(carriedOver(operations, risk, previous.map(p -> YearMonth.parse(p.month()))));
        return String.join(System.lineSeparator(), lines);
    }

    /** One line per section of the report ({@code id — heading: what it found}), for the end of the console output. */
    public List<String> sectionSummaries() {
        Map<String, String> notes = new LinkedHashMap<>();
        sectionLines(operations, capacity, risk, governance, metrics, measured, report.sections())
                .forEach(i -> notes.put(i.section(), i.note()));
        notes.put("overview", "the three most urgent: "
                + HumanFormat.counted(figures.figure(SLA_BREACHES), "SLA breach", "SLA breaches") + ", "
                + HumanFormat.counted(figures.figure(OVERDUE_PATCHES), "overdue patch", "overdue patches") + ", "
                + HumanFormat.counted(figures.figure(ABOVE_APPETITE), "risk", "risks") + " above appetite");
        return report.sections().stream().map(s -> s.heading() + ": " + notes.getOrDefault(s.id(), "")).toList();
    }

    static Rag rag(boolean good, boolean warn) {
        return good ? Rag.GREEN : warn ? Rag.AMBER : Rag.RED;
    }
}
