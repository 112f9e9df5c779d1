package org.itm.examples.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders a sample report with every kind of block and chart to {@code target/report-gallery.html}: run it to
 * see what the report renderer can draw, or copy a section as a starting point for a real report.
 */
public final class ReportGalleryExample {

    private ReportGalleryExample() {
    }

    /** Writes the gallery (to the path in the first argument, if given) and prints where it went. */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/report-gallery.html");
        System.out.println("Report written to " + sampleReport().writeTo(file));
    }

    /** A report with fixed sample data and one of every chart; the same bytes on every run. */
    public static HtmlReport sampleReport() {
        Random random = new Random(42);
        return HtmlReport.builder()
                .title("IT management gallery — March 2027")
                .subtitle("Sample data: every block and chart the report renderer offers")
                .section(Section.builder("summary", "Summary")
                        .paragraph("Key figures of the month. Colours show status against target; "
                                + "the word under each figure says the same for readers who cannot tell the colours apart.")
                        .tiles(new Tile("Availability", "99.95%", Rag.GREEN, "target 99.9%"),
                                new Tile("Incidents", "187", Rag.AMBER, "+12% on February"),
                                new Tile("SLA breaches", "9", Rag.RED, "target ≤ 5"),
                                Tile.of("Changes", "64", Rag.NONE))
                        .table(Table.builder("Service levels by service")
                                .header("Service", "Tickets", "In SLA %", "Status")
                                .row("E-mail & calendar", 412, 99.2, Rag.GREEN)
                                .row("ERP", 128, 96.1, Rag.AMBER)
                                .row("Service desk <portal>", 233, 91.4, Rag.RED)
                                .build())
                        .build())
                .section(Section.builder("operations", "Operations")
                        .chart(BarChart.builder("SLA attainment by service")
                                .valueAxis("% resolved within SLA").zeroBased(false)
                                .bar("E-mail", 99.2).bar("ERP", 96.1).bar("Portal", 91.4).bar("VPN", 98.7)
                                .bar("Wi-Fi", 94.9).target("Target 95%", 95).build())
                        .chart(incidentControlChart(random))
                        .build())
                .section(Section.builder("capacity", "Capacity")
                        .chart(forecastChart())
                        .build())
                .section(Section.builder("risk", "Risk")
                        .chart(HeatMap.builder("Risk heat map (open risks)")
                                .x("Likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain")
                                .y("Impact", "Minimal", "Minor", "Moderate", "Major", "Severe")
                                .row(2, 3, 1, 0, 0).row(1, 4, 2, 1, 0).row(0, 2, 3, 2, 1).row(0, 1, 2, 1, 1)
                                .row(0, 0, 1, 1, 0).build())
                        .chart(lossExceedance())
                        .build())
                .section(Section.builder("governance", "Governance")
                        .chart(frontier(random))
                        .chart(GanttChart.builder("Roadmap 2027–2028")
                                .periods("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2")
                                .task("ERP upgrade", 0, 3, true).task("Identity platform", 0, 2, false)
                                .task("Data centre exit", 3, 6, true).task("Wi-Fi refresh", 1, 2, false)
                                .task("Service desk portal", 2, 4, false).task("Backup modernisation", 4, 5.5, false)
                                .build())
                        .build())
                .build();
    }

    private static ControlChart incidentControlChart(Random random) {
        ControlChart.Builder b = ControlChart.builder("Incidents per week with natural process limits")
                .yAxis("Incidents").limits(42, 61.5, 22.5);
        for (int w = 1; w <= 20; w++) {
            int value = w == 14 ? 67 : 42 + (int) Math.round(random.nextGaussian() * 6);
            b.point(String.format(Locale.ROOT, "W%02d", w), value);
        }
        return b.signal(13).build();
    }

    private static LineChart forecastChart() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        List<Point> actual = new ArrayList<>();
        List<Point> forecast = new ArrayList<>();
        List<BandPoint> band = new ArrayList<>();
        for (int d = 0; d <= 90; d += 5) {
            actual.add(new Point(start.plusDays(d).toEpochDay(), 1200 + d * 4.2 + (d % 15) * 3));
        }
        for (int d = 90; d <= 180; d += 5) {
            double mean = 1578 + (d - 90) * 4.2;
            double spread = 20 + (d - 90) * 1.4;
            forecast.add(new Point(start.plusDays(d).toEpochDay(), mean));
            band.add(new BandPoint(start.plusDays(d).toEpochDay(), mean - spread, mean + spread));
        }
        return LineChart.builder("Storage used: forecast with 95% prediction band")
                .xAxis("Date").yAxis("GB used").xFormat(ValueFormat.DATE)
                .series("Actual", actual).series("Forecast", forecast)
                .band(new Band("95% prediction interval", band))
                .threshold("Capacity", 1900).marker("Today", (double) start.plusDays(90).toEpochDay())
                .showPoints(false).build();
    }

    private static LineChart lossExceedance() {
        List<Point> curve = new ArrayList<>();
        double[] losses = {1e3, 5e3, 1e4, 3e4, 1e5, 2.5e5, 5e5, 1e6, 3e6, 1e7};
        double[] probabilities = {0.98, 0.9, 0.8, 0.6, 0.35, 0.2, 0.1, 0.05, 0.015, 0.002};
        for (int i = 0; i < losses.length; i++) {
            curve.add(new Point(losses[i], probabilities[i]));
        }
        return LineChart.builder("Loss exceedance curve (annual)")
                .xAxis("Loss (EUR, log scale)").yAxis("Probability of exceeding")
                .yFormat(ValueFormat.PERCENT).logX(true).step(true)
                .series("Inherent risk", curve).threshold("Risk appetite", 0.1).build();
    }

    private static ScatterChart frontier(Random random) {
        ScatterChart.Builder b = ScatterChart.builder("Efficient frontier: budget against value")
                .xAxis("Budget (EUR)").yAxis("Value score");
        List<Point> frontier = List.of(new Point(0.5e6, 45), new Point(1.0e6, 95), new Point(1.5e6, 140),
                new Point(2.0e6, 182), new Point(2.5e6, 221), new Point(3.0e6, 262), new Point(4.0e6, 360));
        for (int i = 0; i < 40; i++) {
            double budget = 0.5e6 + random.nextDouble() * 3.5e6;
            // a candidate never beats the frontier at its budget: that is what makes the frontier efficient
            double best = frontier.stream().filter(p -> p.x() <= budget).mapToDouble(Point::y).max().orElse(0);
            b.candidate("Portfolio " + (i + 1), budget, best * (0.5 + random.nextDouble() * 0.45));
        }
        return b.frontier(frontier).chosen("Selected portfolio", 2.5e6, 221).build();
    }
}
