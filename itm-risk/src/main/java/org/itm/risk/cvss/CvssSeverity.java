package org.itm.risk.cvss;

import java.math.BigDecimal;
import java.util.Locale;
import org.itm.core.validation.Checks;

/**
 * The qualitative severity rating shared by CVSS v3.1 and v4.0 (None 0.0, Low 0.1–3.9, Medium 4.0–6.9,
 * High 7.0–8.9, Critical 9.0–10.0).
 *
 * @since 0.1
 */
public enum CvssSeverity {
    /** 0.0. */
    NONE,
    /** 0.1–3.9. */
    LOW,
    /** 4.0–6.9. */
    MEDIUM,
    /** 7.0–8.9. */
    HIGH,
    /** 9.0–10.0. */
    CRITICAL;

    private static final BigDecimal LOW_MAX = new BigDecimal("3.9");
    private static final BigDecimal MEDIUM_MAX = new BigDecimal("6.9");
    private static final BigDecimal HIGH_MAX = new BigDecimal("8.9");

    /**
     * The rating of a score.
     *
     * @param score the score, 0.0 to 10.0
     * @return its rating; 9.8 is {@link #CRITICAL}, 3.9 is {@link #LOW}
     * @throws org.itm.core.ItmValidationException naming {@code score} when null or outside 0.0 to 10.0
     */
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

    /**
     * The rating's name as FIRST writes it.
     *
     * @return e.g. {@code "Critical"}
     */
    public String label() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
