package org.itm.metrics.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.operations.importer.ImportResult;
import org.itm.operations.importer.IncidentLogKpis;
import org.itm.operations.importer.IncidentTimeline;
import org.itm.operations.importer.ServiceNowEventLogImporter;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Runs the standard incident KPI catalog on the real ServiceNow event log and checks it against the importer's
 * own, independently written figures (which were cross-checked with a separate script when they were written).
 */
class ServiceNowCatalogTest {

    @Test
    void incidentCatalogOnTheServiceNowLogAgreesWithTheImportersFigures() {
        Path file = SharedData.require("itsm/incident_event_log.csv.zip");
        ImportResult imported = ServiceNowEventLogImporter.create().importFile(file);
        LocalDate year = LocalDate.of(2016, 1, 1);
        List<IncidentTimeline> in2016 = imported.incidents().stream()
                .filter(t -> t.openedAt().atZone(ZoneOffset.UTC).getYear() == 2016).toList();
        assertThat(in2016).hasSizeGreaterThan(20_000);

        KpiResults catalog = KpiEngine.create(
                        IncidentKpis.schema(BusinessCalendar.twentyFourSeven(ZoneOffset.UTC)),
                        IncidentKpis.catalog(List.of("priority"), TimeWindow.year(ZoneOffset.UTC)))
                .compute(in2016.stream().map(OperationsRecords::incident).toList());
        IncidentLogKpis reference = IncidentLogKpis.compute(in2016);

        reference.byPriority().forEach((serviceNowPriority, expected) -> {
            Map<String, String> group = Map.of("priority", IncidentTimeline.slaPriority(serviceNowPriority));
            KpiResult volume = catalog.find(IncidentKpis.VOLUME, group, year).orElseThrow();
            assertThat(volume.value()).as("volume of %s", group).isEqualTo(expected.incidents());

            double meanHours = catalog.find(IncidentKpis.MTTR_MEAN, group, year).orElseThrow().value();
            assertThat(meanHours).as("MTTR mean of %s", group)
                    .isCloseTo(expected.mttrMean().orElseThrow().toSeconds() / 3600.0, within(0.001));

            KpiResult median = catalog.find(IncidentKpis.MTTR_MEDIAN, group, year).orElseThrow();
            double expectedMedian = expected.mttrMedian().orElseThrow().toSeconds() / 3600.0;
            // exact below 1,024 values per group, a sketch with <= 1 % relative error above
            assertThat(median.value()).as("MTTR median of %s", group)
                    .isCloseTo(expectedMedian, within(median.exact() ? 0.001 : expectedMedian * 0.01));

            double reassigned = catalog.find(IncidentKpis.REASSIGNMENT_RATE, group, year).orElseThrow().value();
            assertThat(reassigned).as("reassignment rate of %s", group)
                    .isCloseTo(100.0 * expected.reassigned().count() / expected.reassigned().total(), within(1e-9));
        });
    }
}
