package org.itm.examples.operations;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.itm.operations.importer.ImportReport;
import org.itm.operations.importer.ImportResult;
import org.itm.operations.importer.IncidentGroupKpis;
import org.itm.operations.importer.IncidentLogKpis;
import org.itm.operations.importer.RowIssue;
import org.itm.operations.importer.ServiceNowEventLogImporter;
import org.itm.examples.SharedDataFiles;
import org.itm.examples.data.ShippedEventLog;

/**
 * A service review of a real ServiceNow incident event log: imports {@code shared/data/itsm/incident_event_log.csv.zip}
 * (or the file given as the first argument, or else the copy shipped with the examples) and prints MTTR,
 * reassignment, reopen and SLA figures by priority and what was rejected.
 */
public final class ServiceNowReviewExample {

    static final String DATA_SET = "itsm/incident_event_log.csv.zip";

    public static void main(String[] args) {
        Optional<Path> file = args.length > 0 ? Optional.of(Path.of(args[0])) : SharedDataFiles.find(DATA_SET);
        if (args.length > 0 && !Files.isRegularFile(file.get())) {
            System.out.println("No event log at " + file.get() + ".");
            return;
        }
        // without an argument or shared/data beside the checkout, the copy shipped in the examples jar is read
        ImportResult result = file.map(f -> ServiceNowEventLogImporter.create().importFile(f))
                .orElseGet(ShippedEventLog::load);
        ImportReport report = result.report();
        IncidentLogKpis kpis = IncidentLogKpis.compute(result.incidents());

        System.out.println("Service review: " + file.map(f -> f.getFileName().toString())
                .orElse("incident_event_log.csv.zip shipped with the examples (CC BY 4.0)"));
        System.out.printf("%,d rows read, %,d used, %,d rejected; %,d incidents; %d warnings%n%n",
                report.rowsRead(), report.rowsUsed(), report.rejected().size(), report.incidents(),
                report.warnings().size());
        System.out.printf("%-14s %9s %9s %12s %12s %11s %9s %8s %9s%n", "priority", "incidents", "resolved",
                "MTTR mean", "MTTR median", "reassigned", "mean re.", "reopened", "SLA made");
        kpis.byPriority().values().forEach(ServiceNowReviewExample::print);
        print(kpis.overall());

        System.out.println();
        System.out.println("MTTR: opened_at → resolved_at, wall-clock; rates as of each incident's latest update.");
        if (!report.rejected().isEmpty()) {
            System.out.println();
            System.out.println("Rejected rows by reason:");
            for (Map.Entry<String, Long> e : report.rejectedByReason().entrySet()) {
                System.out.printf("  %,6d  %s%n", e.getValue(), e.getKey());
            }
            report.rejected().stream().limit(5).map(RowIssue::toString).forEach(r -> System.out.println("  " + r));
        }
        if (!report.warnings().isEmpty()) {
            System.out.println();
            System.out.println("Warnings (first 5):");
            report.warnings().stream().limit(5).map(RowIssue::toString).forEach(w -> System.out.println("  " + w));
        }
    }

    private static void print(IncidentGroupKpis k) {
        System.out.printf("%-14s %,9d %,9d %12s %12s %10s%% %9s %7s%% %8s%%%n", k.group(), k.incidents(),
                k.resolved(), k.mttrMean().map(ServiceNowReviewExample::hours).orElse("-"),
                k.mttrMedian().map(ServiceNowReviewExample::hours).orElse("-"), k.reassigned().percent(1),
                k.meanReassignments().setScale(2, RoundingMode.HALF_UP), k.reopened().percent(1),
                k.slaMade().percent(1));
    }

    private static String hours(Duration d) {
        return String.format("%.1f h", d.toSeconds() / 3600.0);
    }

}
