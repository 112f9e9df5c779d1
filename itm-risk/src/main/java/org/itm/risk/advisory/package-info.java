/**
 * Security advisories and what they mean for a software inventory: OSV records ({@link org.itm.risk.advisory.Osv})
 * and NVD CVE API 2.0 records ({@link org.itm.risk.advisory.Nvd}) read into {@link org.itm.risk.advisory.Advisory},
 * ecosystem version ordering ({@link org.itm.risk.advisory.VersionScheme}: Maven, npm, PyPI), and matching an SBOM
 * against advisories ({@link org.itm.risk.advisory.AdvisoryIndex}) into an
 * {@link org.itm.risk.advisory.ExposureReport} whose findings become {@link org.itm.risk.vuln.Vulnerability}
 * records for the patch-SLA and SSVC flow.
 */
@NullMarked
package org.itm.risk.advisory;

import org.jspecify.annotations.NullMarked;
