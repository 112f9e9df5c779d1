package org.itm.examples.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.itm.risk.advisory.ExposureReport;
import org.itm.risk.advisory.PatchItem;
import org.itm.risk.cvss.CvssSeverity;
import org.itm.risk.vuln.RemediationState;
import org.junit.jupiter.api.Test;

class SbomExposureExampleTest {

    @Test
    void theDropwizardSbomHasSixAffectedComponentsAndCommonsTextIsOutsideItsRange() {
        ExposureReport report = SbomExposureExample.exposure();
        assertThat(report.inventory().components()).hasSize(167);
        assertThat(report.componentsChecked()).isEqualTo(167);
        assertThat(report.unchecked()).isEmpty();
        assertThat(report.findings()).extracting(f -> f.component().label() + " " + f.advisory().id()).containsExactly(
                "com.fasterxml.jackson.core:jackson-databind@2.9.10 CVE-2020-8840",
                "org.yaml:snakeyaml@1.23 CVE-2017-18640",
                "ch.qos.logback:logback-core@1.2.3 CVE-2021-42550",
                "ch.qos.logback:logback-classic@1.2.3 CVE-2021-42550",
                "org.apache.httpcomponents:httpclient@4.5.7 CVE-2020-13956",
                "com.h2database:h2@1.4.197 CVE-2021-42392");
        assertThat(report.findings().get(0).reason())
                .isEqualTo("Maven 2.9.10 >= introduced 2.9.0 and < fixed 2.9.10.3 (ECOSYSTEM range)");
    }

    @Test
    void thePlanOrdersFindingsByDeadlineWithCvssAndSsvc() {
        List<PatchItem> plan = SbomExposureExample.plan();
        assertThat(plan).extracting(PatchItem::cve).containsExactly("CVE-2020-8840", "CVE-2021-42392",
                "CVE-2017-18640", "CVE-2021-42550", "CVE-2020-13956");
        PatchItem databind = plan.get(0);
        assertThat(databind.cvssScore().orElseThrow()).isEqualByComparingTo("9.8");
        assertThat(databind.severity()).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(databind.ssvc().outcome()).isEqualTo("scheduled");
        assertThat(databind.fixedVersions()).containsExactly("2.9.10.3");
        assertThat(databind.status().due().orElseThrow().due()).isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
        assertThat(databind.status().state()).isEqualTo(RemediationState.OVERDUE);
        PatchItem logback = plan.get(3);
        assertThat(logback.components()).containsExactly("ch.qos.logback:logback-core@1.2.3",
                "ch.qos.logback:logback-classic@1.2.3");
        assertThat(logback.cvssScore().orElseThrow()).isEqualByComparingTo("6.6");
        assertThat(logback.status().due().orElseThrow().due()).isEqualTo(Instant.parse("2026-05-31T09:00:00Z"));
        assertThat(logback.status().state()).isEqualTo(RemediationState.OPEN_WITHIN_SLA);
        assertThat(plan.get(2).severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(plan.get(2).status().due().orElseThrow().due()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
    }
}
