package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.itm.operations.sla.SlaTimeline;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public ServiceNow incident event log (shared/data/itsm/incident_event_log.csv.zip); skipped when absent.
 *
 * <p>All expected figures below were computed by this importer and {@link IncidentLogKpis} on that file. The
 * per-priority and overall MTTR means and medians, incident counts and SLA-attainment counts were cross-checked
 * with an independent quick computation in python3 (csv module: drop the two '-100' rows, order each incident's
 * rows by sys_updated_at, sys_mod_count, file position, take the last row, resolved_at − opened_at); they agree
 * to the second.
 */
class ServiceNowRealDataTest {

    private static ImportResult result;
    private static IncidentLogKpis kpis;

    @BeforeAll
    static void importOnce() {
        Path file = SharedData.require("itsm/incident_event_log.csv.zip");
        result = ServiceNowEventLogImporter.create().importFile(file);
        kpis = IncidentLogKpis.compute(result.incidents());
    }

    @Test
    void everyRowIsUsedOrRejectedWithItsReason() {
        ImportReport report = result.report();
        assertThat(report.rowsRead()).isEqualTo(119_998);
        assertThat(report.rowsUsed()).isEqualTo(119_996);
        // the two rows of INC0028089 in state "-100", which is no ServiceNow state; the incident keeps its
        // other four rows, so no incident is lost
        assertThat(report.rejected()).extracting(RowIssue::row, RowIssue::incident, RowIssue::reason)
                .containsExactly(
                        Tuple.tuple(115_642L, "INC0028089",
                                "incident_state '-100' is not a known ServiceNow state"),
                        Tuple.tuple(115_643L, "INC0028089",
                                "incident_state '-100' is not a known ServiceNow state"));
        assertThat(report.rejected().get(0).line()).isEqualTo(115_643);
        assertThat(report.rejectedByReason()).containsExactly(
                Map.entry("incident_state '…' is not a known ServiceNow state", 2L));
        assertThat(report.incidents()).isEqualTo(20_769);
        assertThat(result.incidents()).hasSize(20_769);
        // INC0000137 has an update at 11:10 listed before one at 09:52
        assertThat(report.warnings()).extracting(RowIssue::incident).containsExactly("INC0000137");
        assertThat(result.incident("INC0028089").orElseThrow().updates()).hasSize(4);
    }

    @Test
    void overallKpis() {
        IncidentGroupKpis all = kpis.overall();
        assertThat(all.incidents()).isEqualTo(20_769);
        assertThat(all.resolved()).isEqualTo(19_351); // 1,418 incidents have no resolved_at
        assertThat(all.mttrMean()).contains(Duration.parse("PT187H40M41S"));
        assertThat(all.mttrMedian()).contains(Duration.parse("PT24H36M"));
        assertThat(all.reassigned()).isEqualTo(new CountShare(9_843, 20_769));
        assertThat(all.totalReassignments()).isEqualTo(20_520);
        assertThat(all.meanReassignments()).isEqualByComparingTo(new BigDecimal("0.9880"));
        assertThat(all.reopened()).isEqualTo(new CountShare(234, 20_769));
        assertThat(all.slaMade()).isEqualTo(new CountShare(12_595, 20_769));
        assertThat(all.slaMade().percent(1)).isEqualByComparingTo("60.6");
    }

    @Test
    void kpisByPriority() {
        assertThat(kpis.byPriority()).containsOnlyKeys("1 - Critical", "2 - High", "3 - Moderate", "4 - Low");
        check("1 - Critical", 220, 220, "PT279H10M55S", "PT78H10M", 127, 246, 0, 5);
        check("2 - High", 337, 337, "PT170H25M29S", "PT48H19M", 212, 519, 5, 1);
        check("3 - Moderate", 19_554, 18_226, "PT182H38M5S", "PT24H17M30S", 9_234, 19_163, 228, 12_050);
        check("4 - Low", 658, 568, "PT324H18M15S", "PT22H51M", 270, 592, 1, 539);
    }

    @Test
    void everyIncidentConvertsToAnSlaTimeline() {
        long events = 0;
        for (IncidentTimeline i : result.incidents()) {
            SlaTimeline t = i.toSlaTimeline();
            assertThat(t.first().at()).isEqualTo(i.openedAt());
            events += t.events().size();
        }
        assertThat(events).isGreaterThan(result.incidents().size());
    }

    private static void check(String priority, long incidents, long resolved, String mean, String median,
                              long reassigned, long reassignments, long reopened, long slaMade) {
        IncidentGroupKpis k = kpis.priority(priority).orElseThrow();
        assertThat(k.incidents()).as(priority).isEqualTo(incidents);
        assertThat(k.resolved()).as(priority).isEqualTo(resolved);
        assertThat(k.mttrMean()).as(priority).contains(Duration.parse(mean));
        assertThat(k.mttrMedian()).as(priority).contains(Duration.parse(median));
        assertThat(k.reassigned()).as(priority).isEqualTo(new CountShare(reassigned, incidents));
        assertThat(k.totalReassignments()).as(priority).isEqualTo(reassignments);
        assertThat(k.reopened()).as(priority).isEqualTo(new CountShare(reopened, incidents));
        assertThat(k.slaMade()).as(priority).isEqualTo(new CountShare(slaMade, incidents));
    }
}
