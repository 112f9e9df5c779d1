package org.itm.capacity.forecast;

/** How the random error enters an ETS model: added to the forecast, or proportional to it. */
public enum ErrorType {
    ADDITIVE("A"), MULTIPLICATIVE("M");

    private final String code;

    ErrorType(String code) {
        this.code = code;
    }

    /** The letter used in the ETS(E,T,S) notation. */
    public String code() {
        return code;
    }
}
