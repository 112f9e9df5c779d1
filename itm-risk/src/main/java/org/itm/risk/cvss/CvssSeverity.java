package org.itm.risk.cvss;

import java.math.BigDecimal;
import java.util.Locale;
import org.itm.core.validation.Checks;

/**
 * The qualitative severity rating shared by CVSS v3.1 and v4.0 (None 0.0, Low 0.1–3.9, Medium 4.0–6.9,
 * High 7.0–8.9, Critical 9.0–10.0).
 */
public enum CvssSeverity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    private static final BigDecimal LOW_MAX = new BigDecimal("3.9");
    private static final BigDecimal MEDIUM_MAX = new BigDecimal("6.9");
    private static final BigDecimal HIGH_MAX = new BigDecimal("8.9");

    /** The rating of a score in [0, 10]. */
    public static CvssSeverity of(BigDecimal score) {
        Checks.notNull(score, "score");
        Checks.require(score.signum() >= 0 && score.compareTo(BigDecimal.TEN) <= 0, "score",
                "must be between 0.0 and 10.0, was " + score.toPlainString());
        if (score.signum() == 0) {
            return NONE;
        }
        if (score.compareTo(LOW_MAX) <= 0) {
            return LOW;
        }
        if (score.compareTo(MEDIUM_MAX) <= 0) {
            return MEDIUM;
        }
        if (score.compareTo(HIGH_MAX) <= 0) {
            return HIGH;
        }
        return CRITICAL;
    }

    /** The rating's name as FIRST writes it ("Critical"). */
    public String label() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
