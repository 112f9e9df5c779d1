/**
 * Security advisories and what they mean for a software inventory: which of the components a service runs are
 * affected by a published vulnerability, and what to patch by when.
 *
 * <p>Read OSV records ({@link org.itm.risk.advisory.Osv#read Osv.read}) and NVD CVE API 2.0 records
 * ({@link org.itm.risk.advisory.Nvd}) into {@link org.itm.risk.advisory.Advisory}s (with the rejected ones and their
 * reasons), index them with {@link org.itm.risk.advisory.AdvisoryIndex#of AdvisoryIndex.of}, and
 * {@link org.itm.risk.advisory.AdvisoryIndex#match match} an SBOM's inventory: the
 * {@link org.itm.risk.advisory.ExposureReport} says which component each advisory affects and why (the version range
 * it falls in, ordered by the ecosystem's {@link org.itm.risk.advisory.VersionScheme}: Maven, npm, PyPI), and its
 * findings become {@link org.itm.risk.vuln.Vulnerability} records and a patch plan for the patch-SLA and SSVC flow.
 *
 * <pre>{@code
 * import org.itm.risk.inventory.CycloneDx;
 * import org.itm.risk.inventory.InventoryImport;
 *
 * AdvisoryImport osv = Osv.read("""
 *         {"id": "GHSA-jfh8-c2jp-5v3q", "modified": "2021-12-10T00:00:00Z", "aliases": ["CVE-2021-44228"],
 *          "summary": "Remote code injection in Log4j",
 *          "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
 *                        "ranges": [{"type": "ECOSYSTEM",
 *                                    "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.15.0"}]}]}]}
 *         """);
 * InventoryImport sbom = CycloneDx.read("""
 *         {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
 *           {"type": "library", "name": "log4j-core", "version": "2.14.1",
 *            "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"},
 *           {"type": "library", "name": "log4j-api", "version": "2.17.1",
 *            "purl": "pkg:maven/org.apache.logging.log4j/log4j-api@2.17.1"}]}
 *         """, "billing-api");
 *
 * ExposureReport report = AdvisoryIndex.of(osv.accepted()).match(sbom.inventory());
 * ExposureFinding finding = report.findings().get(0);   // the only one: log4j-core@2.14.1
 * // finding.reason(): "Maven 2.14.1 >= introduced 2.0-beta9 and < fixed 2.15.0 (ECOSYSTEM range)"
 * }</pre>
 */
@NullMarked
package org.itm.risk.advisory;

import org.jspecify.annotations.NullMarked;
