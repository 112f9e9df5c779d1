package org.itm.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.itm.metrics.input.CapacityRecord;
import org.itm.metrics.input.ChangeOutcome;
import org.itm.metrics.input.ChangeRecord;
import org.itm.operations.change.ChangeType;
import org.itm.metrics.input.InitiativeRecord;
import org.itm.metrics.input.RiskItemRecord;
import org.itm.metrics.input.VulnerabilityRecord;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.junit.jupiter.api.Test;

class OtherCatalogsTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    static final Instant T = Instant.parse("2026-05-10T10:00:00Z");

    @Test
    void changeKpis() {
        List<ChangeRecord> changes = List.of(
                new ChangeRecord("c1", "erp", "t", ChangeType.NORMAL, T, ChangeOutcome.SUCCESSFUL),
                new ChangeRecord("c2", "erp", "t", ChangeType.EMERGENCY, T, ChangeOutcome.BACKED_OUT),
                new ChangeRecord("c3", "erp", "t", ChangeType.STANDARD, T, ChangeOutcome.SUCCESSFUL),
                new ChangeRecord("c4", "erp", "t", ChangeType.NORMAL, T, ChangeOutcome.FAILED),
                new ChangeRecord("c5", "erp", "t", ChangeType.NORMAL, T, ChangeOutcome.CANCELLED));
        KpiResults r = KpiEngine.create(ChangeKpis.schema(), ChangeKpis.catalog(UTC)).compute(changes);
        Map<String, String> erp = Map.of("service", "erp");
        assertThat(r.find(ChangeKpis.VOLUME, erp, MAY).orElseThrow().value()).isEqualTo(5);
        assertThat(r.find(ChangeKpis.SUCCESS_RATE, erp, MAY).orElseThrow().value()).isEqualTo(50.0);
        assertThat(r.find(ChangeKpis.EMERGENCY_SHARE, erp, MAY).orElseThrow().value()).isEqualTo(25.0);
        assertThat(r.find(ChangeKpis.FAILED, erp, MAY).orElseThrow().value()).isEqualTo(2);
        assertThat(r.find(ChangeKpis.FAILED, erp, MAY).orElseThrow().status()).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void riskKpis() {
        Instant due = Instant.parse("2026-05-20T00:00:00Z");
        List<VulnerabilityRecord> vulns = List.of(
                new VulnerabilityRecord("v1", "erp", "critical", T, due, Optional.of(T.plusSeconds(86_400))),
                new VulnerabilityRecord("v2", "erp", "critical", T, due, Optional.of(T.plusSeconds(3 * 86_400))),
                new VulnerabilityRecord("v3", "erp", "high", T, due, Optional.of(due.plusSeconds(86_400))),
                new VulnerabilityRecord("v4", "erp", "high", T, due, Optional.empty()));
        KpiResults r = KpiEngine.create(RiskKpis.vulnerabilitySchema(), RiskKpis.vulnerabilityCatalog(UTC))
                .compute(vulns);
        assertThat(r.find(RiskKpis.PATCH_COMPLIANCE, Map.of("service", "erp"), MAY).orElseThrow().value())
                .isEqualTo(50.0);
        assertThat(r.find(RiskKpis.MTTR_BY_SEVERITY, Map.of("severity", "critical"), MAY).orElseThrow().value())
                .isEqualTo(2.0);

        Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
        List<RiskItemRecord> posture = List.of(
                RiskItemRecord.risk("r1", "erp", "cfo", T, 16, 12),
                RiskItemRecord.risk("r2", "erp", "cfo", T, 6, 12),
                RiskItemRecord.controlTest("k1", "erp", "ciso", T, false),
                RiskItemRecord.controlTest("k2", "erp", "ciso", T, true),
                RiskItemRecord.sodViolation("s1", "erp", "hr", T, Optional.empty()),
                RiskItemRecord.sodViolation("s2", "erp", "hr", T, Optional.of(T.plusSeconds(60))));
        KpiResults p = KpiEngine.create(RiskKpis.postureSchema(asOf), RiskKpis.postureCatalog(List.of()))
                .compute(posture);
        assertThat(p.total(RiskKpis.ABOVE_APPETITE).orElseThrow().value()).isEqualTo(1);
        assertThat(p.total(RiskKpis.FAILING_CONTROLS).orElseThrow().value()).isEqualTo(1);
        assertThat(p.total(RiskKpis.SOD_OPEN).orElseThrow().value()).isEqualTo(1);
        assertThat(p.total(RiskKpis.SOD_OPEN).orElseThrow().status()).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void capacityKpis() {
        // two weeks of 10 080 minutes at SLO 99.9 (10.08 allowed each): 5 and 10 minutes down
        List<CapacityRecord> recs = List.of(
                new CapacityRecord("api", "cpu", T, 10_080, 5, 99.9, 0.50, OptionalDouble.of(90), 100),
                new CapacityRecord("api", "cpu", T.plusSeconds(7 * 86_400), 10_080, 10, 99.9, 0.80,
                        OptionalDouble.empty(), 120));
        KpiResults r = KpiEngine.create(CapacityKpis.schema(), CapacityKpis.catalog(UTC)).compute(recs);
        Map<String, String> api = Map.of("service", "api");
        assertThat(r.find(CapacityKpis.AVAILABILITY, api, MAY).orElseThrow().value())
                .isCloseTo(100.0 * (20_160 - 15) / 20_160, within(1e-9));
        assertThat(r.find(CapacityKpis.ERROR_BUDGET_REMAINING, api, MAY).orElseThrow().value())
                .isCloseTo(100 - 100 * 15 / 20.16, within(1e-9));
        assertThat(r.find(CapacityKpis.UTILISATION_P95, api, MAY).orElseThrow().value())
                .isCloseTo(50 + 0.95 * 30, within(1e-9));
        assertThat(r.find(CapacityKpis.FORECAST_ACCURACY, api, MAY).orElseThrow().value()).isEqualTo(90.0);
    }

    @Test
    void governanceKpis() {
        List<InitiativeRecord> recs = List.of(
                new InitiativeRecord("i1", "digital", T, new BigDecimal("300000"), true, new BigDecimal("100000"),
                        new BigDecimal("80000"), RagStatus.GREEN),
                new InitiativeRecord("i2", "digital", T, new BigDecimal("100000"), false, new BigDecimal("100000"),
                        new BigDecimal("40000"), RagStatus.RED));
        KpiResults r = KpiEngine.create(GovernanceKpis.schema(), GovernanceKpis.catalog(UTC)).compute(recs);
        Map<String, String> digital = Map.of("portfolio", "digital");
        LocalDate q2 = LocalDate.of(2026, 4, 1);
        assertThat(r.find(GovernanceKpis.SPEND_ALIGNED, digital, q2).orElseThrow().value()).isEqualTo(75.0);
        assertThat(r.find(GovernanceKpis.BENEFIT_REALISATION, digital, q2).orElseThrow().value()).isEqualTo(60.0);
        assertThat(r.find(GovernanceKpis.INITIATIVES_RED, digital, q2).orElseThrow().value()).isEqualTo(1);
    }
}
