/**
 * Software inventory: which components (libraries, packages, operating systems) a service or configuration item
 * runs, so that advisories and vulnerabilities can be matched against it.
 *
 * <p>The entry point is {@link org.itm.risk.inventory.CycloneDx#read(String, String) CycloneDx.read}, which reads a
 * CycloneDX SBOM (JSON) into an {@link org.itm.risk.inventory.InventoryImport}: the
 * {@link org.itm.risk.inventory.SoftwareInventory} of every accepted
 * {@link org.itm.risk.inventory.SoftwareComponent}, and an {@link org.itm.risk.inventory.ImportRejection} with the
 * JSON path of each bad field for every component not taken; nothing is dropped silently. Components are identified
 * by a package URL ({@link org.itm.risk.inventory.Purl}) and optionally a CPE 2.3 name
 * ({@link org.itm.risk.inventory.CpeName}, which also matches NVD configuration patterns). Match an inventory
 * against advisories with {@link org.itm.risk.advisory.AdvisoryIndex}.
 *
 * <pre>{@code
 * String sbom = """
 *         {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
 *           {"type": "library", "name": "log4j-core", "version": "2.14.1",
 *            "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
 *            "cpe": "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*"},
 *           {"type": "library", "name": "left-pad", "purl": "npm/left-pad"}]}
 *         """;
 * InventoryImport result = CycloneDx.read(sbom, "billing-api");
 * SoftwareComponent log4j = result.inventory().components().get(0);     // the only one accepted
 * String rejected = result.rejected().get(0).describe();
 * // "components[1] ('left-pad'): $.components[1].purl: must start with 'pkg:'"
 *
 * CpeName pattern = CpeName.parse("cpe:2.3:a:apache:log4j:2.14.*:*:*:*:*:*:*:*");
 * boolean affected = pattern.matches(log4j.cpe().orElseThrow(), false);  // true
 * }</pre>
 */
@NullMarked
package org.itm.risk.inventory;

import org.jspecify.annotations.NullMarked;
