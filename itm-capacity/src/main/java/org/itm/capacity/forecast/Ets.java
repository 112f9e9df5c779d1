package org.itm.capacity.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itm.capacity.forecast.internal.EtsEngine;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits exponential-smoothing state-space models by maximum likelihood, one named model or the best of the family
 * by AICc, in the manner of R's {@code forecast::ets()}.
 *
 * <pre>{@code
 * EtsSelection sel = Ets.auto(monthlyValues, 12);
 * Forecast f = sel.best().forecast(24);      // 80 % and 95 % intervals
 * }</pre>
 *
 * <p>The smoothing parameters, damping and initial level and trend are estimated jointly (a short Nelder–Mead
 * search from three starting points, refined by BOBYQA inside the admissible region, both from Hipparchus);
 * initial seasonal states come from a classical decomposition of the first three periods (R's starting values),
 * which keeps fitting fast for long periods such as 336 half-hours a week. Parameters are kept in R's "usual"
 * region: {@code 1e-4 <= beta <= alpha <= 0.9999}, {@code gamma <= 1 − alpha}, {@code 0.8 <= phi <= 0.98}. As in
 * R, models with additive errors and multiplicative seasonality are not candidates for automatic selection (their
 * variance can be infinite).
 *
 * @since 0.1
 */
public final class Ets {

    private static final Logger LOG = LoggerFactory.getLogger(Ets.class);

    private Ets() {
    }

    /**
     * Fits {@code spec} to {@code y} with seasonal period {@code period}.
     *
     * @param y      the regularly spaced history, finite, at least 4 values; for a seasonal model at least two
     *               periods plus two; positive for a multiplicative error or season
     * @param period observations per seasonal cycle (12 for monthly data with a yearly cycle), 1 for non-seasonal
     *               data
     * @param spec   the model, e.g. {@code EtsSpec.parse("AAdN")}
     * @return the fitted model
     * @throws ItmValidationException naming every reason the data does not suit {@code spec}
     */
    public static EtsModel fit(double[] y, int period, EtsSpec spec) {
        Checks.notNull(spec, "spec");
        validate(y, period, spec);
        return doFit(y, period, spec);
    }

    /**
     * Fits every admissible member of the family ({@link #candidates}) and returns the one with the lowest AICc,
     * with every candidate's score.
     *
     * @param y      the regularly spaced history, finite, at least 4 values (seasonal models need at least two
     *               periods plus two)
     * @param period observations per seasonal cycle, 1 for non-seasonal data
     * @return the chosen model, the candidates best first and why
     * @throws ItmValidationException if {@code y} is too short or has a non-finite value, {@code period} is below 1,
     *         or no model could be fitted
     */
    public static EtsSelection auto(double[] y, int period) {
        validate(y, period, null);
        List<EtsSpec> specs = candidates(y, period);
        if (specs.isEmpty()) {
            throw new ItmValidationException("y", "has too few observations (" + y.length
                    + ") to select a model; at least 5 are needed");
        }
        EtsModel best = null;
        List<EtsCandidate> all = new ArrayList<>();
        for (EtsSpec spec : specs) {
            EtsModel model = doFit(y, period, spec);
            double aicc = Double.isFinite(model.logLikelihood()) ? model.aicc() : Double.POSITIVE_INFINITY;
            all.add(new EtsCandidate(spec, aicc));
            if (Double.isFinite(aicc) && (best == null || aicc < best.aicc())) {
                best = model;
            }
        }
        if (best == null) {
            throw new ItmValidationException("y", "no exponential smoothing model could be fitted admissibly");
        }
        all.sort(Comparator.comparingDouble(EtsCandidate::aicc));
        String why = String.format(Locale.ROOT, "%s has the lowest AICc (%.2f) of %d models", best.spec(),
                best.aicc(), all.size());
        if (all.size() > 1) {
            why += String.format(Locale.ROOT, "; runner-up %s at %.2f", all.get(1).spec(), all.get(1).aicc());
        }
        LOG.debug("ETS selection: {}", why);
        return new EtsSelection(best, all, why);
    }

    /**
     * The models {@link #auto} considers for this data: multiplicative forms only for positive data, seasonal
     * forms only with at least two periods plus two observations, and only models with fewer parameters than the
     * data can support.
     *
     * @param y      the regularly spaced history, finite, at least 4 values
     * @param period observations per seasonal cycle, 1 for non-seasonal data
     * @return the candidate models; empty when the series is too short for any
     * @throws ItmValidationException if {@code y} is too short or has a non-finite value, or {@code period} is
     *         below 1
     */
    public static List<EtsSpec> candidates(double[] y, int period) {
        validate(y, period, null);
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean seasonalOk = period > 1 && y.length >= 2 * period + 2;
        List<EtsSpec> out = new ArrayList<>();
        for (ErrorType e : ErrorType.values()) {
            if (e == ErrorType.MULTIPLICATIVE && !positive) {
                continue;
            }
            for (TrendType t : TrendType.values()) {
                for (SeasonType s : SeasonType.values()) {
                    if (s != SeasonType.NONE && !seasonalOk) {
                        continue;
                    }
                    if (s == SeasonType.MULTIPLICATIVE && (e == ErrorType.ADDITIVE || !positive)) {
                        continue;
                    }
                    int k = 2 + (t != TrendType.NONE ? 2 : 0) + (t == TrendType.ADDITIVE_DAMPED ? 1 : 0)
                            + (s != SeasonType.NONE ? period : 0) + 1;
                    if (y.length <= k + 1) {
                        continue;
                    }
                    out.add(new EtsSpec(e, t, s));
                }
            }
        }
        return List.copyOf(out);
    }

    private static EtsModel doFit(double[] y, int period, EtsSpec spec) {
        int m = spec.seasonal() ? period : 1;
        int trend = spec.trend().ordinal();
        int season = spec.season().ordinal();
        EtsEngine.Fit fit = EtsEngine.fit(y, m, spec.error() == ErrorType.MULTIPLICATIVE, trend, season);
        return new EtsModel(spec, m, y, fit);
    }

    private static void validate(double[] y, int period, @Nullable EtsSpec spec) {
        Checks.notNull(y, "y");
        Violations v = new Violations();
        v.require(period >= 1, "period", "must be at least 1, was " + period);
        v.require(y.length >= 4, "y", "needs at least 4 observations, had " + y.length);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                v.add("y[" + i + "]", "must be finite, was " + y[i]);
                break;
            }
        }
        if (spec != null) {
            if (spec.seasonal()) {
                v.require(period > 1, "period", "must be above 1 for the seasonal model " + spec);
                v.require(y.length >= 2 * period + 2, "y",
                        "needs at least two full periods plus two observations for " + spec + ", had " + y.length);
            }
            if (spec.error() == ErrorType.MULTIPLICATIVE || spec.season() == SeasonType.MULTIPLICATIVE) {
                for (int i = 0; i < y.length; i++) {
                    if (!(y[i] > 0)) {
                        v.add("y[" + i + "]", "must be positive for " + spec + ", was " + y[i]);
                        break;
                    }
                }
            }
        }
        v.throwIfAny();
    }
}
