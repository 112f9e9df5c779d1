/**
 * CVSS v2.0, v3.0, v3.1 and v4.0 vectors and scores, computed exactly as FIRST's specifications and reference calculators:
 * start with {@link org.itm.risk.cvss.Cvss#parse(String)}.
 */
@NullMarked
package org.itm.risk.cvss;

import org.jspecify.annotations.NullMarked;
