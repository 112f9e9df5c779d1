package org.itm.capacity.forecast;

/**
 * How the random error enters an ETS model: added to the forecast, or proportional to it.
 *
 * @since 0.1
 */
public enum ErrorType {
    /** Errors of constant size whatever the level ("A"); works with zero and negative data. */
    ADDITIVE("A"),
    /** Errors proportional to the level ("M"); needs positive data. */
    MULTIPLICATIVE("M");

    private final String code;

    ErrorType(String code) {
        this.code = code;
    }

    /**
     * The letter used in the ETS(E,T,S) notation.
     *
     * @return "A" or "M"
     */
    public String code() {
        return code;
    }
}
