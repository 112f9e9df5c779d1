/**
 * Software inventory: the components a service or configuration item runs, read from CycloneDX SBOMs
 * ({@link org.itm.risk.inventory.CycloneDx#read(String, String)}), each identified by a package URL
 * ({@link org.itm.risk.inventory.Purl}) and optionally a CPE 2.3 name ({@link org.itm.risk.inventory.CpeName}).
 * Match an inventory against advisories with {@link org.itm.risk.advisory.AdvisoryIndex}.
 */
@NullMarked
package org.itm.risk.inventory;

import org.jspecify.annotations.NullMarked;
