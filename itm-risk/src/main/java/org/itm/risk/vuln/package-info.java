/**
 * Vulnerabilities and patch management: which findings to patch first, by when, and whether the organisation keeps
 * its patch deadlines.
 *
 * <p>Build each {@link org.itm.risk.vuln.Vulnerability} with
 * {@link org.itm.risk.vuln.Vulnerability#builder Vulnerability.builder} (CVSS vector, EPSS, KEV listing and the SSVC
 * decision points). {@link org.itm.risk.vuln.Ssvc#deployerPriority(Vulnerability) Ssvc.deployerPriority} gives its
 * priority with the path through CERT/CC's SSVC deployer table (decision tables are data:
 * {@link org.itm.risk.vuln.DecisionTable}); the {@link org.itm.risk.vuln.RemediationPolicy} gives its deadline
 * (per CVSS severity, or the KEV due date); {@link org.itm.risk.vuln.PatchReport#evaluate PatchReport.evaluate}
 * gives each finding's status with exceptions, the compliance share and the mean time to remediate. EPSS and KEV
 * feeds are read with {@link org.itm.risk.vuln.EpssFeed} and {@link org.itm.risk.vuln.KevCatalog}.
 *
 * <pre>{@code
 * Vulnerability log4shell = Vulnerability.builder("VULN-1", "billing-api", "CVE-2021-44228",
 *                 Instant.parse("2027-03-01T09:00:00Z"))
 *         .cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").epss(0.97)
 *         .exploitation(Exploitation.ACTIVE).exposure(SystemExposure.OPEN).automatable(true)
 *         .assetCriticality(HumanImpact.HIGH).build();
 *
 * TableDecision priority = Ssvc.deployerPriority(log4shell);   // outcome "immediate"
 * // priority.explain(): "Exploitation=active -> System Exposure=open -> Automatable=yes -> Human Impact=high
 * //   => immediate (SSVC Deployer Patch Application Priority 1.0.0)"
 *
 * RemediationPolicy policy = RemediationPolicy.defaults();
 * RemediationDue due = policy.due(log4shell).orElseThrow();
 * // 2027-03-16T09:00:00Z: "Critical severity: 15 days from detection"
 * PatchReport report = PatchReport.evaluate(List.of(log4shell), policy, List.of(),
 *         Clock.fixed(Instant.parse("2027-03-20T09:00:00Z"), ZoneOffset.UTC));
 * // report.overdue(): the one finding, OVERDUE; report.compliancePercent(): 0.00
 * }</pre>
 */
@NullMarked
package org.itm.risk.vuln;

import org.jspecify.annotations.NullMarked;
