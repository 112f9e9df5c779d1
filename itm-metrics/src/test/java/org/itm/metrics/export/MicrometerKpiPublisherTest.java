package org.itm.metrics.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.catalog.IncidentKpisTest;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.TimeWindow;
import org.junit.jupiter.api.Test;

class MicrometerKpiPublisherTest {

    @Test
    void latestValuesAndStatusesBecomeTaggedGaugesUpdatedInPlace() {
        List<KpiDefinition> defs = IncidentKpis.catalog(List.of("service"), TimeWindow.month(ZoneId.of("UTC")));
        KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.schema(IncidentKpisTest.NINE_TO_FIVE),
                defs);
        KpiResults results = engine.compute(IncidentKpisTest.MARCH);
        Map<String, String> units = defs.stream().collect(Collectors.toMap(KpiDefinition::id, KpiDefinition::unit));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerKpiPublisher publisher = MicrometerKpiPublisher.create(registry);

        int published = publisher.publish(results, units);

        assertThat(published).isEqualTo(results.size());
        assertThat(registry.get("itm.kpi.value").tag("kpi", IncidentKpis.MTTR_MEDIAN).tag("service", "mail")
                .tag("unit", "h").gauge().value()).isEqualTo(4.0);
        assertThat(registry.get("itm.kpi.status").tag("kpi", IncidentKpis.SLA_ATTAINMENT).gauge().value())
                .isEqualTo(2.0);

        KpiResults more = engine.compute(List.of(IncidentKpisTest.MARCH.get(1)));
        publisher.publish(more, units);
        assertThat(registry.get("itm.kpi.value").tag("kpi", IncidentKpis.MTTR_MEDIAN).gauge().value())
                .isEqualTo(2.0);
        assertThat(registry.find("itm.kpi.value").tag("kpi", IncidentKpis.MTTR_MEDIAN).gauges()).hasSize(1);
    }
}
