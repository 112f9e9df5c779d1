/**
 * Vulnerabilities and patch management: vulnerability records, the remediation SLA policy
 * ({@link org.itm.risk.vuln.RemediationPolicy}), due/overdue status with exceptions, compliance and mean time to
 * remediate ({@link org.itm.risk.vuln.PatchReport}), prioritisation by decision tables held as data
 * ({@link org.itm.risk.vuln.DecisionTable}, shipping CERT/CC SSVC's deployer table), and EPSS/KEV importers.
 */
@NullMarked
package org.itm.risk.vuln;

import org.jspecify.annotations.NullMarked;
