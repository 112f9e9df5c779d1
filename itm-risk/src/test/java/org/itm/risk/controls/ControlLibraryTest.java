package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class ControlLibraryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void shippedFrameworksHaveTheirIdentifiersAndTitles() {
        assertThat(Framework.iso27001().requirements()).hasSize(93);
        assertThat(Framework.iso27001().requirement("8.8").orElseThrow().title())
                .isEqualTo("Management of technical vulnerabilities");
        assertThat(Framework.iso27001().requirement("5.3").orElseThrow().title()).isEqualTo("Segregation of duties");
        assertThat(Framework.nistCsf2().requirements()).hasSize(6 + 22 + 106);
        assertThat(Framework.nistCsf2().requirement("PR.AA").orElseThrow().title())
                .isEqualTo("Identity Management, Authentication, and Access Control");
        assertThat(Framework.cisV8().topLevel()).hasSize(18);
        assertThat(Framework.cisV8().requirement("7").orElseThrow().title())
                .isEqualTo("Continuous Vulnerability Management");
    }

    private static Control backup() {
        return new Control("C-BACKUP", "Immutable backups", "Restore any server within 24 h", ControlType.CORRECTIVE,
                Period.ofMonths(3), "ops-lead", Set.of("R1"),
                Set.of(RequirementRef.iso27001("8.13"), RequirementRef.cis("11"), RequirementRef.nistCsf("PR.DS")));
    }

    private static Control patching() {
        return new Control("C-PATCH", "Patch SLA", "Fix vulnerabilities within policy", ControlType.PREVENTIVE,
                Period.ofMonths(1), "sec-lead", Set.of("R1", "R3"),
                Set.of(RequirementRef.iso27001("8.8"), RequirementRef.cis("7")));
    }

    private static Control mfa() {
        return new Control("C-MFA", "MFA everywhere", "Phishing-resistant login", ControlType.PREVENTIVE,
                Period.ofMonths(6), "iam-lead", Set.of("R3"), Set.of(RequirementRef.iso27001("8.5")));
    }

    @Test
    void effectivenessMonitoringAndNotification() {
        List<String> notified = new ArrayList<>();
        ControlLibrary lib = ControlLibrary.create((owner, f) -> notified.add(owner + ":" + f.kind()));
        lib.put(backup());
        lib.put(patching());
        lib.put(mfa());
        lib.record(new ControlTest("C-BACKUP", LocalDate.of(2026, 2, 1), TestResult.PASS, "auditor", List.of("T-1")));
        lib.record(new ControlTest("C-PATCH", LocalDate.of(2025, 12, 1), TestResult.FAIL, "auditor", List.of("T-2")));
        assertThat(lib.effectiveness("C-BACKUP", TODAY)).isEqualTo(Effectiveness.EFFECTIVE);
        assertThat(lib.effectiveness("C-PATCH", TODAY)).isEqualTo(Effectiveness.NOT_TESTED);
        assertThat(lib.effectiveness("C-PATCH", LocalDate.of(2025, 12, 15))).isEqualTo(Effectiveness.INEFFECTIVE);
        assertThat(lib.effectiveness("C-MFA", TODAY)).isEqualTo(Effectiveness.NOT_TESTED);
        List<ControlFinding> findings = lib.monitor(TODAY);
        assertThat(findings).extracting(f -> f.control().id() + ":" + f.kind()).containsExactly(
                "C-PATCH:TEST_OVERDUE", "C-PATCH:FAILING", "C-MFA:TEST_OVERDUE");
        assertThat(findings.get(0).reason()).isEqualTo("last tested 2025-12-01, due every P1M: overdue since 2026-01-01");
        assertThat(notified).containsExactly("sec-lead:TEST_OVERDUE", "sec-lead:FAILING", "iam-lead:TEST_OVERDUE");
        assertThat(lib.forRisk("R3")).extracting(Control::id).containsExactly("C-PATCH", "C-MFA");
    }

    @Test
    void gapAnalysisListsRequirementsWithoutAnEffectiveControl() {
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        lib.put(backup());
        lib.put(patching());
        lib.record(new ControlTest("C-BACKUP", LocalDate.of(2026, 2, 1), TestResult.PASS, "auditor", List.of()));
        lib.record(new ControlTest("C-PATCH", LocalDate.of(2026, 2, 15), TestResult.PARTIAL, "auditor", List.of()));
        GapReport cis = lib.gapAnalysis(Framework.cisV8(), TODAY);
        assertThat(cis.covered()).extracting(Requirement::id).containsExactly("11");
        assertThat(cis.gaps()).hasSize(17).extracting(Requirement::id).contains("7");
        assertThat(cis.coveragePercent()).isEqualTo(new BigDecimal("5.56"));
    }

    @Test
    void mappingToAnUnknownRequirementIsRejected() {
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        Control bad = new Control("C-X", "x", "y", ControlType.DETECTIVE, Period.ofMonths(1), "o", Set.of(),
                Set.of(RequirementRef.iso27001("9.99")));
        assertThatThrownBy(() -> lib.put(bad)).isInstanceOf(ItmValidationException.class).hasMessageContaining("9.99");
        assertThat(lib.all()).isEmpty();
    }
}
