/**
 * CVSS v2.0, v3.0, v3.1 and v4.0 vectors and scores, computed exactly as FIRST's specifications and reference
 * calculators: how severe a vulnerability is, in the form advisories and scanners publish it.
 *
 * <p>Start with {@link org.itm.risk.cvss.Cvss#score(String) Cvss.score} (or
 * {@link org.itm.risk.cvss.Cvss#parse(String) Cvss.parse} to keep the {@link org.itm.risk.cvss.CvssVector}): the
 * version comes from the vector's prefix ({@code CVSS:3.1/...}; none for v2.0). Every
 * {@link org.itm.risk.cvss.CvssScore} gives the score to act on (the most specific metric group the vector sets) and
 * its {@link org.itm.risk.cvss.CvssSeverity}; the version's own record ({@code Cvss31Score}, {@code Cvss40Score},
 * ...) gives the base, temporal and environmental parts. A malformed vector is rejected with an
 * {@link org.itm.core.ItmValidationException} on path {@code vector} that says what is wrong.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 *
 * CvssScore log4shell = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
 * BigDecimal score = log4shell.score();                          // 9.8
 * String rating = log4shell.severity().label();                  // "Critical"
 *
 * Cvss31Score patched = (Cvss31Score) Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C");
 * // patched.score() 8.8 (temporal), patched.baseScore() 9.8
 *
 * Cvss40Score v4 = (Cvss40Score) Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
 * // v4.score() 9.3, v4.macroVector() "000200", v4.nomenclature() "CVSS-B"
 * }</pre>
 */
@NullMarked
package org.itm.risk.cvss;

import org.jspecify.annotations.NullMarked;
