package org.itm.risk.cvss;

import java.math.BigDecimal;

/**
 * A scored CVSS vector; {@link #score()} is the most specific score the vector supports (v2.0, v3.0 and v3.1: the score of
 * the most specific metric group the vector sets; v4.0: the single CVSS-B/BT/BE/BTE
 * score).
 *
 * @since 0.1
 */
public sealed interface CvssScore permits Cvss20Score, Cvss30Score, Cvss31Score, Cvss40Score {

    /**
     * The vector that was scored.
     *
     * @return the vector
     */
    CvssVector vector();

    /**
     * The score to act on.
     *
     * @return one decimal, 0.0–10.0
     */
    BigDecimal score();

    /**
     * The rating of {@link #score()}.
     *
     * @return None, Low, Medium, High or Critical by the v3.1/v4.0 bands
     */
    default CvssSeverity severity() {
        return CvssSeverity.of(score());
    }
}
