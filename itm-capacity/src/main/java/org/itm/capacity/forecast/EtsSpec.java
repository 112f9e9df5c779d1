package org.itm.capacity.forecast;

import java.util.Arrays;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * One member of the exponential-smoothing state-space family, written ETS(error, trend, season) as in
 * Hyndman et al.: ETS(A,N,N) is simple exponential smoothing, ETS(A,A,N) Holt's linear method, ETS(A,Ad,N) the
 * damped trend, ETS(A,A,A) and ETS(M,A,M) additive and multiplicative Holt-Winters.
 *
 * @param error  error type
 * @param trend  trend type
 * @param season seasonality type
 * @since 0.1
 */
public record EtsSpec(ErrorType error, TrendType trend, SeasonType season) {

    /**
     * Checks the components.
     *
     * @param error  error type
     * @param trend  trend type
     * @param season seasonality type
     * @throws org.itm.core.ItmValidationException if a component is null
     */
    public EtsSpec {
        Checks.notNull(error, "error");
        Checks.notNull(trend, "trend");
        Checks.notNull(season, "season");
    }

    /**
     * Shorthand for the constructor.
     *
     * @param error  error type
     * @param trend  trend type
     * @param season seasonality type
     * @return the model form
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static EtsSpec of(ErrorType error, TrendType trend, SeasonType season) {
        return new EtsSpec(error, trend, season);
    }

    /**
     * Parses the compact notation {@code "MAdM"}, {@code "ANN"} or {@code "ETS(M,Ad,M)"}, as R prints it.
     *
     * @param text the model: error {@code A}/{@code M}, trend {@code N}/{@code A}/{@code Ad}, season
     *             {@code N}/{@code A}/{@code M}
     * @return the model form
     * @throws ItmValidationException if {@code text} is blank or not such a model
     */
    public static EtsSpec parse(String text) {
        Checks.notBlank(text, "text");
        String s = text.replace("ETS(", "").replace(")", "").replace(",", "").strip();
        for (ErrorType e : ErrorType.values()) {
            for (TrendType t : TrendType.values()) {
                for (SeasonType se : SeasonType.values()) {
                    if ((e.code() + t.code() + se.code()).equals(s)) {
                        return new EtsSpec(e, t, se);
                    }
                }
            }
        }
        throw new ItmValidationException("text", "not an ETS model such as 'MAdM' or 'ETS(A,N,A)': '" + text + "'; "
                + "error is one of " + Arrays.toString(ErrorType.values()) + ", trend N/A/Ad, season N/A/M");
    }

    /**
     * Whether the model has a seasonal component.
     *
     * @return {@code true} unless the season is {@link SeasonType#NONE}
     */
    public boolean seasonal() {
        return season != SeasonType.NONE;
    }

    /**
     * Whether the model has a trend, damped or not.
     *
     * @return {@code true} unless the trend is {@link TrendType#NONE}
     */
    public boolean trended() {
        return trend != TrendType.NONE;
    }

    /**
     * Whether the trend is damped.
     *
     * @return {@code true} for {@link TrendType#ADDITIVE_DAMPED}
     */
    public boolean damped() {
        return trend == TrendType.ADDITIVE_DAMPED;
    }

    /**
     * The model in Hyndman's notation, which {@link #parse} reads back.
     *
     * @return e.g. {@code "ETS(M,Ad,M)"}
     */
    @Override
    public String toString() {
        return "ETS(" + error.code() + "," + trend.code() + "," + season.code() + ")";
    }
}
