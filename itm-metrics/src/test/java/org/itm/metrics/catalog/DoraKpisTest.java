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
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.junit.jupiter.api.Test;

class DoraKpisTest {

    @Test
    void publishedBandsPlaceValuesOnTheRightSideOfEachBound() {
        DoraBands bands = DoraBands.published();
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
        assertThatThrownBy(() -> new BandBounds(KpiDirection.LOWER_IS_BETTER, 10, 5, 15))
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
        assertThat(classes.get(0).explanation())
                .isEqualTo("deployed on 30 of 30 days (elite needs at least half of the days)");
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static DeploymentRecord deployment(int i, Instant at) {
        return new DeploymentRecord("d" + i, "shop", "web", at.minusSeconds(3600), at, false, Optional.empty());
    }

    private static Map<LocalDate, DoraClassification> frequencyByMonth(List<DeploymentRecord> deployments,
                                                                       ZoneId zone) {
        KpiResults r = KpiEngine.create(DoraKpis.schema(zone), DoraKpis.catalog(zone)).compute(deployments);
        Map<LocalDate, DoraClassification> out = new java.util.TreeMap<>();
        for (DoraClassification c : DoraBands.published().classifyAll(r)) {
            if (c.metric() == DoraMetric.DEPLOYMENT_FREQUENCY) {
                out.put(c.result().window().start(), c);
            }
        }
        return out;
    }

    @Test
    void onceAMonthIsMediumWhateverTheMonthsLength() {
        List<DeploymentRecord> deployments = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            deployments.add(deployment(m, LocalDate.of(2026, m, 15).atTime(10, 0).atZone(BERLIN).toInstant()));
        }
        Map<LocalDate, DoraClassification> byMonth = frequencyByMonth(deployments, BERLIN);
        assertThat(byMonth).hasSize(12);
        // February (28 days), April (30) and January (31) alike: the report's "between once per week and once per
        // month" is about calendar months, not a per-day rate against 1/30
        assertThat(byMonth.values()).allSatisfy(c -> assertThat(c.band()).isEqualTo(DoraBand.MEDIUM));
        assertThat(byMonth.get(LocalDate.of(2026, 2, 1)).explanation())
                .isEqualTo("deployed in 1 of 1 months (medium needs at least half of the months), 1 of 5 weeks");
        assertThat(byMonth.get(LocalDate.of(2026, 1, 1)).explanation())
                .isEqualTo("deployed in 1 of 1 months (medium needs at least half of the months), 1 of 5 weeks");
    }

    @Test
    void onceAWeekIsHighInLongAndShortMonths() {
        List<DeploymentRecord> deployments = new ArrayList<>();
        // every Wednesday of 2026: January has four Wednesdays in 31 days (4/31 per day is below 1/7)
        LocalDate wednesday = LocalDate.of(2026, 1, 7);
        for (int i = 0; wednesday.getYear() == 2026; i++, wednesday = wednesday.plusWeeks(1)) {
            deployments.add(deployment(i, wednesday.atTime(14, 0).atZone(BERLIN).toInstant()));
        }
        Map<LocalDate, DoraClassification> byMonth = frequencyByMonth(deployments, BERLIN);
        assertThat(byMonth.values()).allSatisfy(c -> assertThat(c.band()).isEqualTo(DoraBand.HIGH));
        // ISO weeks overlapping January 2026: 1 (from 29 December) to 5 (to 1 February)
        assertThat(byMonth.get(LocalDate.of(2026, 1, 1)).explanation())
                .isEqualTo("deployed in 4 of 5 weeks (high needs at least half of the weeks), 4 of 31 days");
        assertThat(byMonth.get(LocalDate.of(2026, 2, 1)).band()).isEqualTo(DoraBand.HIGH);
        assertThat(byMonth.get(LocalDate.of(2026, 4, 1)).band()).isEqualTo(DoraBand.HIGH);
    }

    @Test
    void workingDayDeploymentsAreEliteAndPeriodsAreCountedInTheTeamsZone() {
        List<DeploymentRecord> deployments = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 3, 1);
        for (int i = 0; d.getMonthValue() == 3; i++, d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                deployments.add(deployment(i, d.atTime(9, 0).atZone(BERLIN).toInstant()));
            }
        }
        assertThat(frequencyByMonth(deployments, BERLIN).get(LocalDate.of(2026, 3, 1)).band())
                .isEqualTo(DoraBand.ELITE);

        // 31 January 23:30 UTC is already 1 February in Berlin: January has no deployment there
        List<DeploymentRecord> edge = List.of(deployment(1, Instant.parse("2026-01-31T23:30:00Z")));
        assertThat(frequencyByMonth(edge, BERLIN)).containsOnlyKeys(LocalDate.of(2026, 2, 1));
        assertThat(frequencyByMonth(edge, ZoneId.of("UTC"))).containsOnlyKeys(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aQuarterNeedsDeploymentsInMostOfItsMonthsForMedium() {
        List<DeploymentRecord> deployments = List.of(
                deployment(1, Instant.parse("2026-01-15T10:00:00Z")),
                deployment(2, Instant.parse("2026-01-20T10:00:00Z")));
        KpiResults r = KpiEngine.create(DoraKpis.schema(BERLIN),
                DoraKpis.catalog(List.of("service"), org.itm.metrics.kpi.TimeWindow.quarter(BERLIN)))
                .compute(deployments);
        DoraClassification c = DoraBands.published().classifyAll(r).get(0);
        assertThat(c.band()).isEqualTo(DoraBand.LOW);
        assertThat(c.explanation())
                .isEqualTo("deployed in 1 of 3 months (medium needs at least half of the months)");
    }

    @Test
    void deploymentFrequencyNeedsTheCalendarCountsOfTheSameWindow() {
        ZoneId utc = ZoneId.of("UTC");
        // a schema counting periods in another zone than the windows cannot be combined with the catalog
        assertThatThrownBy(() -> KpiEngine.create(DoraKpis.schema(BERLIN), DoraKpis.catalog(utc)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("deployedDay@Z");
        KpiResults r = KpiEngine.create(DoraKpis.schema(utc), DoraKpis.catalog(utc))
                .compute(List.of(deployment(1, Instant.parse("2026-01-15T10:00:00Z"))));
        org.itm.metrics.kpi.KpiResult frequency = r.forKpi(DoraKpis.DEPLOYMENT_FREQUENCY).get(0);
        assertThatThrownBy(() -> DoraBands.published().classify(DoraMetric.DEPLOYMENT_FREQUENCY, frequency))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("classifyAll");
        KpiResults alone = new KpiResults(List.of(frequency));
        assertThatThrownBy(() -> DoraBands.published().classifyAll(alone))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining(DoraKpis.DEPLOYMENT_DAYS);
        assertThatThrownBy(() -> new DeploymentCadence(0, 0.5, 1.5))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("days")
                .hasMessageContaining("months");
    }
}
