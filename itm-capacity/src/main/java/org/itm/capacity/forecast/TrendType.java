package org.itm.capacity.forecast;

/** The trend of an ETS model: none, additive (Holt), or additive damped towards a flat line. */
public enum TrendType {
    NONE("N"), ADDITIVE("A"), ADDITIVE_DAMPED("Ad");

    private final String code;

    TrendType(String code) {
        this.code = code;
    }

    /** The letters used in the ETS(E,T,S) notation. */
    public String code() {
        return code;
    }
}
