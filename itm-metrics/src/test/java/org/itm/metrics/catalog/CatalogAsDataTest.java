package org.itm.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.json.ItmJson;
import org.itm.metrics.feedback.FeedbackKpis;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.junit.jupiter.api.Test;

/** Every catalog KPI is plain data: it survives JSON and YAML and compiles against its schema. */
class CatalogAsDataTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void everyCatalogDefinitionRoundTripsThroughJsonAndYaml() {
        List<KpiDefinition> all = new ArrayList<>();
        all.addAll(IncidentKpis.catalog(ZONE));
        all.addAll(IncidentKpis.backlog(List.of("service")));
        all.add(IncidentKpis.mtbfPerCi(org.itm.metrics.kpi.TimeWindow.month(ZONE)));
        all.addAll(ChangeKpis.catalog(ZONE));
        all.addAll(DoraKpis.catalog(ZONE));
        all.addAll(RiskKpis.vulnerabilityCatalog(ZONE));
        all.addAll(RiskKpis.postureCatalog(List.of("owner")));
        all.addAll(CapacityKpis.catalog(ZONE));
        all.addAll(GovernanceKpis.catalog(ZONE));
        all.addAll(FeedbackKpis.catalog(ZONE));
        all.addAll(PagingKpis.pageCatalog(ZONE));
        all.addAll(PagingKpis.receiptCatalog(ZONE));
        for (KpiDefinition d : all) {
            assertThat(KpiDefinition.fromJson(d.toJson())).as(d.id()).isEqualTo(d);
            assertThat(KpiDefinition.fromYaml(ItmJson.toYaml(d))).as(d.id()).isEqualTo(d);
        }
    }

    @Test
    void everyCatalogCompilesAgainstItsSchema() {
        java.time.Instant asOf = java.time.Instant.parse("2026-06-01T00:00:00Z");
        var cal = IncidentKpisTest.NINE_TO_FIVE;
        assertThat(KpiEngine.create(IncidentKpis.schema(cal), IncidentKpis.catalog(ZONE)).definitions()).hasSize(13);
        assertThat(KpiEngine.create(IncidentKpis.backlogSchema(cal, asOf), IncidentKpis.backlog(List.of("team")))
                .definitions()).hasSize(3);
        assertThat(KpiEngine.create(ChangeKpis.schema(), ChangeKpis.catalog(ZONE)).definitions()).hasSize(4);
        assertThat(KpiEngine.create(PagingKpis.pageSchema(cal), PagingKpis.pageCatalog(ZONE)).definitions())
                .hasSize(6);
        assertThat(KpiEngine.create(PagingKpis.receiptSchema(cal), PagingKpis.receiptCatalog(ZONE)).definitions())
                .hasSize(2);
        assertThat(KpiEngine.create(DoraKpis.schema(ZONE), DoraKpis.catalog(List.of("team"),
                org.itm.metrics.kpi.TimeWindow.rollingDays(30, ZONE))).definitions()).hasSize(7);
        assertThat(KpiEngine.create(CapacityKpis.schema(), CapacityKpis.catalog(ZONE)).definitions()).hasSize(4);
        assertThat(KpiEngine.create(GovernanceKpis.schema(), GovernanceKpis.catalog(ZONE)).definitions()).hasSize(3);
        assertThat(KpiEngine.create(RiskKpis.vulnerabilitySchema(), RiskKpis.vulnerabilityCatalog(ZONE))
                .definitions()).hasSize(2);
        assertThat(KpiEngine.create(RiskKpis.postureSchema(asOf), RiskKpis.postureCatalog(List.of("service")))
                .definitions()).hasSize(3);
        assertThat(KpiEngine.create(FeedbackKpis.schema(), FeedbackKpis.catalog(ZONE)).definitions()).hasSize(3);
    }
}
