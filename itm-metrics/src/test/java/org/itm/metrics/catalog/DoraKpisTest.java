package org.itm.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.metrics.input.DeploymentRecord;
import org.itm.metrics.kpi.Direction;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.junit.jupiter.api.Test;

class DoraKpisTest {

    @Test
    void publishedBandsPlaceValuesOnTheRightSideOfEachBound() {
        DoraBands bands = DoraBands.published();
        assertThat(bands.band(DoraMetric.DEPLOYMENT_FREQUENCY, 3)).isEqualTo(DoraBand.ELITE);
        assertThat(bands.band(DoraMetric.DEPLOYMENT_FREQUENCY, 0.5)).isEqualTo(DoraBand.HIGH);
        assertThat(bands.band(DoraMetric.DEPLOYMENT_FREQUENCY, 0.1)).isEqualTo(DoraBand.MEDIUM);
        assertThat(bands.band(DoraMetric.DEPLOYMENT_FREQUENCY, 0.01)).isEqualTo(DoraBand.LOW);
        assertThat(bands.band(DoraMetric.LEAD_TIME, 20)).isEqualTo(DoraBand.ELITE);
        assertThat(bands.band(DoraMetric.LEAD_TIME, 100)).isEqualTo(DoraBand.HIGH);
        assertThat(bands.band(DoraMetric.LEAD_TIME, 500)).isEqualTo(DoraBand.MEDIUM);
        assertThat(bands.band(DoraMetric.LEAD_TIME, 2000)).isEqualTo(DoraBand.LOW);
        assertThat(bands.band(DoraMetric.CHANGE_FAILURE_RATE, 5)).isEqualTo(DoraBand.ELITE);
        assertThat(bands.band(DoraMetric.CHANGE_FAILURE_RATE, 12)).isEqualTo(DoraBand.MEDIUM);
        assertThat(bands.band(DoraMetric.CHANGE_FAILURE_RATE, 40)).isEqualTo(DoraBand.LOW);
        assertThat(bands.band(DoraMetric.FAILED_DEPLOYMENT_RECOVERY_TIME, 0.5)).isEqualTo(DoraBand.ELITE);
        assertThat(bands.band(DoraMetric.FAILED_DEPLOYMENT_RECOVERY_TIME, 30)).isEqualTo(DoraBand.MEDIUM);
    }

    @Test
    void bandsAreConfigurableAsDataAndValidated() {
        DoraBands bands = DoraBands.published();
        assertThat(DoraBands.fromJson(bands.toJson())).isEqualTo(bands);
        assertThatThrownBy(() -> new BandBounds(Direction.LOWER_IS_BETTER, 10, 5, 15))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("high");
    }

    @Test
    void fourKeysFromDeploymentsAreClassified() {
        ZoneId utc = ZoneId.of("UTC");
        List<DeploymentRecord> deployments = new ArrayList<>();
        // April 2026: 60 deployments (2 per day), lead time 10 h, 3 failed restored after 30 min
        for (int i = 0; i < 60; i++) {
            Instant deployed = Instant.parse("2026-04-01T00:00:00Z").plusSeconds(i * 43_200L);
            boolean failed = i % 20 == 0;
            deployments.add(new DeploymentRecord("d" + i, "shop", "web", deployed.minusSeconds(36_000), deployed,
                    failed, failed ? Optional.of(deployed.plusSeconds(1800)) : Optional.empty()));
        }
        KpiResults r = KpiEngine.create(DoraKpis.schema(), DoraKpis.catalog(utc)).compute(deployments);
        Map<String, String> shop = Map.of("service", "shop");
        LocalDate april = LocalDate.of(2026, 4, 1);
        assertThat(r.find(DoraKpis.DEPLOYMENT_FREQUENCY, shop, april).orElseThrow().value()).isEqualTo(2.0);
        assertThat(r.find(DoraKpis.LEAD_TIME, shop, april).orElseThrow().value()).isEqualTo(10.0);
        assertThat(r.find(DoraKpis.CHANGE_FAILURE_RATE, shop, april).orElseThrow().value()).isEqualTo(5.0);
        assertThat(r.find(DoraKpis.RECOVERY_TIME, shop, april).orElseThrow().value()).isEqualTo(0.5);
        List<DoraClassification> classes = DoraBands.published().classifyAll(r);
        assertThat(classes).hasSize(4).allSatisfy(c -> assertThat(c.band()).isEqualTo(DoraBand.ELITE));
        assertThat(classes.get(0).explanation()).isEqualTo("2.000 >= elite 1.000");
    }
}
