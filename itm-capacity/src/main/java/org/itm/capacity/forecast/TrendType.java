package org.itm.capacity.forecast;

/**
 * The trend of an ETS model: none, additive (Holt), or additive damped towards a flat line.
 *
 * @since 0.1
 */
public enum TrendType {
    /** No trend: the forecast is flat ("N"). */
    NONE("N"),
    /** A linear trend that continues for ever ("A", Holt's method). */
    ADDITIVE("A"),
    /** A linear trend that flattens out over the horizon ("Ad"); often the safest for long horizons. */
    ADDITIVE_DAMPED("Ad");

    private final String code;

    TrendType(String code) {
        this.code = code;
    }

    /**
     * The letters used in the ETS(E,T,S) notation.
     *
     * @return "N", "A" or "Ad"
     */
    public String code() {
        return code;
    }
}
