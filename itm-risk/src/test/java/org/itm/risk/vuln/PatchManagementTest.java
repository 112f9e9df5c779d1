package org.itm.risk.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class PatchManagementTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String HIGH = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N";
    private static final String MEDIUM = "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:L/I:L/A:N";
    private static final String LOW = "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N";

    private static Vulnerability.Builder finding(String id, String vector) {
        return Vulnerability.builder(id, "srv-1", "CVE-2026-1000" + id.length(), T0).cvss(vector);
    }

    @Test
    void defaultPolicyDeadlinesPerSeverity() {
        RemediationPolicy p = RemediationPolicy.defaults();
        assertThat(p.due(finding("c", CRITICAL).build()).orElseThrow().due()).isEqualTo(T0.plus(Duration.ofDays(15)));
        assertThat(p.due(finding("h", HIGH).build()).orElseThrow().due()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(p.due(finding("m", MEDIUM).build()).orElseThrow().due()).isEqualTo(T0.plus(Duration.ofDays(90)));
        assertThat(p.due(finding("l", LOW).build()).orElseThrow().due()).isEqualTo(T0.plus(Duration.ofDays(180)));
        assertThat(p.due(finding("h", HIGH).build()).orElseThrow().reason()).isEqualTo("High severity: 30 days from detection");
        assertThat(p.due(Vulnerability.builder("n", "srv", "CVE-2026-0001", T0).build())).isEmpty();
    }

    @Test
    void withABusinessCalendarSlaDaysAreWorkingDays() {
        // a proxy, so the test keeps compiling if the calendar contract grows: only zone() and isWorkingDay() are used
        BusinessCalendar weekdays = (BusinessCalendar) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BusinessCalendar.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "zone" -> ZoneOffset.UTC;
                    case "isWorkingDay" -> ((LocalDate) args[0]).getDayOfWeek().getValue() <= 5;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        // detected Sunday 2026-03-01; 15 working days: Mon 2 .. Fri 20 March, due at the end of 20 March
        RemediationDue due = RemediationPolicy.defaults().withCalendar(weekdays).due(finding("c", CRITICAL).build())
                .orElseThrow();
        assertThat(due.due()).isEqualTo(Instant.parse("2026-03-21T00:00:00Z"));
        assertThat(due.reason()).isEqualTo("Critical severity: 15 working days from detection");
    }

    @Test
    void kevDueDateOverridesTheSeverityDeadline() {
        Vulnerability v = finding("k", MEDIUM).kev(LocalDate.of(2026, 3, 10)).build();
        RemediationDue due = RemediationPolicy.defaults().due(v).orElseThrow();
        assertThat(due.due()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(due.reason()).startsWith("CISA KEV due date 2026-03-10 overrides Medium severity");
    }

    @Test
    void overdueExceptionsComplianceAndMeanTimeToRemediate() {
        Clock now = Clock.fixed(T0.plus(Duration.ofDays(40)), ZoneOffset.UTC);
        List<Vulnerability> findings = List.of(
                finding("a", CRITICAL).build(),                                            // overdue (15 d)
                finding("bb", HIGH).build(),                                               // overdue, excepted
                finding("ccc", MEDIUM).build(),                                            // within SLA
                finding("dddd", CRITICAL).remediatedAt(T0.plus(Duration.ofDays(10))).build(), // on time
                finding("eeeee", HIGH).remediatedAt(T0.plus(Duration.ofDays(34))).build(),   // late
                finding("ffffff", HIGH).build());                                          // overdue, exception expired
        List<RemediationException> exceptions = List.of(
                new RemediationException("bb", "vendor patch pending", "ciso", T0.plus(Duration.ofDays(60))),
                new RemediationException("ffffff", "migration", "ciso", T0.plus(Duration.ofDays(35))));
        PatchReport r = PatchReport.evaluate(findings, RemediationPolicy.defaults(), exceptions, now);
        assertThat(r.statuses()).extracting(RemediationStatus::state).containsExactly(
                RemediationState.OVERDUE, RemediationState.EXCEPTED, RemediationState.OPEN_WITHIN_SLA,
                RemediationState.REMEDIATED_ON_TIME, RemediationState.REMEDIATED_LATE, RemediationState.OVERDUE);
        assertThat(r.overdue()).extracting(s -> s.vulnerability().id()).containsExactly("a", "ffffff");
        assertThat(r.overdue().get(1).reason()).contains("exception expired");
        // compliant: bb, ccc, dddd = 3 of 6
        assertThat(r.compliancePercent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(r.meanTimeToRemediate()).contains(Duration.ofDays(22));
    }

    @Test
    void ssvcPriorityOfAFinding() {
        Vulnerability v = finding("k", CRITICAL).kev(LocalDate.of(2026, 3, 10)).exposure(SystemExposure.OPEN)
                .automatable(true).assetCriticality(HumanImpact.LOW).build();
        assertThat(Ssvc.deployerPriority(v).outcome()).isEqualTo("out-of-cycle");
    }

    @Test
    void invalidFindingsAreRejected() {
        assertThatThrownBy(() -> Vulnerability.builder("x", "srv", "CVE-26-1", T0).epss(1.5).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("cve").hasMessageContaining("epss");
        assertThatThrownBy(() -> Vulnerability.builder("x", "srv", "CVE-2026-1234", T0)
                .remediatedAt(T0.minusSeconds(1)).build()).hasMessageContaining("remediatedAt");
    }

    @Test
    void epssCsvInItsPublishedFormat() {
        String csv = """
                #model_version:v2025.03.14,score_date:2026-03-01T12:55:00Z
                cve,epss,percentile
                CVE-1999-0001,0.01297,0.78657
                CVE-2024-3094,0.83734,0.99245
                """;
        EpssFeed feed = EpssFeed.parse(new StringReader(csv));
        assertThat(feed.modelVersion()).contains("v2025.03.14");
        assertThat(feed.scoreDate()).contains("2026-03-01T12:55:00Z");
        assertThat(feed.scores()).hasSize(2);
        assertThat(feed.score("CVE-2024-3094").orElseThrow().epss()).isEqualTo(0.83734);
        assertThatThrownBy(() -> EpssFeed.parse(new StringReader("cve,epss,percentile\nCVE-1,abc,0.1\n")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("line 2");
    }

    @Test
    void kevJsonInItsPublishedFormat() {
        String json = """
                {"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2026.03.01",
                 "dateReleased":"2026-03-01T17:00:00.000Z","count":1,
                 "vulnerabilities":[{"cveID":"CVE-2024-3094","vendorProject":"Tukaani","product":"xz",
                   "vulnerabilityName":"XZ Utils Embedded Malicious Code","dateAdded":"2024-03-29",
                   "shortDescription":"...","requiredAction":"Apply mitigations","dueDate":"2024-04-19",
                   "knownRansomwareCampaignUse":"Unknown","notes":"","cwes":["CWE-506"]}]}""";
        KevCatalog kev = KevCatalog.parse(json);
        assertThat(kev.catalogVersion()).isEqualTo("2026.03.01");
        KevEntry e = kev.entry("CVE-2024-3094").orElseThrow();
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(e.knownRansomwareUse()).isFalse();
        assertThatThrownBy(() -> KevCatalog.parse("{\"vulnerabilities\":[{\"cveID\":\"CVE-1\"}]}"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("$.vulnerabilities[0].vendorProject");
    }
}
