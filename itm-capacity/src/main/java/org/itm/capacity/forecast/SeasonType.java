package org.itm.capacity.forecast;

/** The seasonality of an ETS model: none, additive (constant swing) or multiplicative (swing grows with level). */
public enum SeasonType {
    NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

    private final String code;

    SeasonType(String code) {
        this.code = code;
    }

    /** The letter used in the ETS(E,T,S) notation. */
    public String code() {
        return code;
    }
}
