package org.itm.capacity.forecast;

/**
 * The seasonality of an ETS model: none, additive (constant swing) or multiplicative (swing grows with level).
 *
 * @since 0.1
 */
public enum SeasonType {
    /** No seasonality ("N"). */
    NONE("N"),
    /** A seasonal swing of constant size ("A"). */
    ADDITIVE("A"),
    /** A seasonal swing proportional to the level ("M"); needs positive data. */
    MULTIPLICATIVE("M");

    private final String code;

    SeasonType(String code) {
        this.code = code;
    }

    /**
     * The letter used in the ETS(E,T,S) notation.
     *
     * @return "N", "A" or "M"
     */
    public String code() {
        return code;
    }
}
