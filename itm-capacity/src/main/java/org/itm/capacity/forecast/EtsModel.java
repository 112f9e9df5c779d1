package org.itm.capacity.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.itm.capacity.forecast.internal.EtsEngine;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A fitted exponential-smoothing state-space model: its parameters, initial states, information criteria and
 * in-sample errors, and {@link #forecast} for point forecasts with prediction intervals. Obtain one from
 * {@link Ets#fit} or {@link Ets#auto}.
 *
 * <p>Intervals of the linear models (additive error, no multiplicative seasonality) use the exact variance
 * formulas of Hyndman et al. (2008, class 1); the others are the quantiles of 5,000 simulated sample paths drawn
 * with a fixed seed, so the same model always gives the same intervals.
 *
 * @since 0.1
 */
public final class EtsModel {

    private static final int SIMULATED_PATHS = 5000;

    private final EtsSpec spec;
    private final int period;
    private final int n;
    private final EtsEngine.Fit fit;
    private final double[] y;

    EtsModel(EtsSpec spec, int period, double[] y, EtsEngine.Fit fit) {
        this.spec = spec;
        this.period = period;
        this.n = y.length;
        this.y = y.clone();
        this.fit = fit;
    }

    /**
     * The model's form.
     *
     * @return e.g. ETS(M,A,M)
     */
    public EtsSpec spec() {
        return spec;
    }

    /**
     * The seasonal period.
     *
     * @return observations per cycle, 1 for non-seasonal models
     */
    public int period() {
        return period;
    }

    /**
     * The estimated smoothing parameters.
     *
     * @return alpha, beta, gamma and phi; those the model does not use are 0, 0 and 1
     */
    public EtsParameters parameters() {
        return new EtsParameters(fit.alpha, spec.trended() ? fit.beta : 0, spec.seasonal() ? fit.gamma : 0,
                spec.damped() ? fit.phi : 1);
    }

    /**
     * The estimated level before the first observation.
     *
     * @return the initial level, in the unit of the data
     */
    public double initialLevel() {
        return fit.l0;
    }

    /**
     * The estimated trend before the first observation.
     *
     * @return the initial change per step, 0 for a model without trend
     */
    public double initialTrend() {
        return spec.trended() ? fit.b0 : 0;
    }

    /**
     * Initial seasonal states; index {@code j} applies to observations {@code j, j+m, j+2m, ...}.
     *
     * @return {@link #period()} values (a fresh array), empty for a non-seasonal model
     */
    public double[] initialSeasonal() {
        return spec.seasonal() ? fit.s0.clone() : new double[0];
    }

    /**
     * Number of observations the model was fitted to.
     *
     * @return the length of the history
     */
    public int observations() {
        return n;
    }

    /**
     * Estimated parameters counted as R's {@code ets()} counts them (smoothing, damping, initial states, variance).
     *
     * @return the number of parameters used by the information criteria
     */
    public int parameterCount() {
        return fit.parameters;
    }

    /**
     * Concentrated Gaussian log-likelihood of the one-step errors.
     *
     * @return the log-likelihood; comparable between models fitted to the same data
     */
    public double logLikelihood() {
        return -0.5 * (fit.lik + n * (Math.log(2 * Math.PI / n) + 1));
    }

    /**
     * Akaike's information criterion; lower is better.
     *
     * @return {@code −2·logLikelihood + 2k}
     */
    public double aic() {
        return -2 * logLikelihood() + 2 * fit.parameters;
    }

    /**
     * AIC corrected for small samples; the criterion of {@link Ets#auto}.
     *
     * @return {@code AIC + 2k(k+1)/(n−k−1)}; infinite when there are not more than {@code k + 1} observations
     */
    public double aicc() {
        int k = fit.parameters;
        return n - k - 1 > 0 ? aic() + 2.0 * k * (k + 1) / (n - k - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * The Bayesian information criterion; penalises parameters more than AIC for long series.
     *
     * @return {@code −2·logLikelihood + k·ln n}
     */
    public double bic() {
        return -2 * logLikelihood() + fit.parameters * Math.log(n);
    }

    /**
     * Variance of the one-step errors (relative errors for multiplicative-error models).
     *
     * @return the error variance, corrected for the number of parameters
     */
    public double sigma2() {
        return fit.sumSquaredErrors / Math.max(1, n - fit.parameters);
    }

    /**
     * In-sample one-step-ahead forecasts.
     *
     * @return one value per observation (a fresh array)
     */
    public double[] fitted() {
        return fit.fitted.clone();
    }

    /**
     * In-sample one-step-ahead errors {@code y − ŷ} (whatever the model's error type).
     *
     * @return one value per observation, in the unit of the data (a fresh array)
     */
    public double[] residuals() {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = y[i] - fit.fitted[i];
        }
        return r;
    }

    /**
     * Point forecasts and 80 % and 95 % intervals for {@code horizon} steps.
     *
     * @param horizon steps to forecast; positive
     * @return the forecast, named after the model
     * @throws org.itm.core.ItmValidationException if {@code horizon} is not positive
     */
    public Forecast forecast(int horizon) {
        return forecast(horizon, 0.80, 0.95);
    }

    /**
     * Point forecasts for {@code horizon} steps with intervals at each of {@code levels}. Simulated intervals
     * use a fixed seed, so they are repeatable.
     *
     * @param horizon steps to forecast; positive
     * @param levels  coverage of each interval as a fraction in (0, 1), e.g. 0.5, 0.9; none for point forecasts
     *                only
     * @return the forecast with one interval per level, in the order given
     * @throws org.itm.core.ItmValidationException if {@code horizon} is not positive or a level is not in (0, 1)
     *         (95 is reported as looking like a percentage)
     */
    public Forecast forecast(int horizon, double... levels) {
        Checks.positive(horizon, "horizon");
        Checks.notNull(levels, "levels");
        for (double lv : levels) {
            Checks.level(lv, "levels");
        }
        double[] mean = pointForecasts(horizon);
        List<PredictionInterval> intervals = new ArrayList<>();
        boolean linear = spec.error() == ErrorType.ADDITIVE && spec.season() != SeasonType.MULTIPLICATIVE;
        double @Nullable [][] paths = linear || levels.length == 0 ? null : simulate(horizon);
        for (double lv : levels) {
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            if (linear) {
                double z = Normal.quantile(0.5 + lv / 2);
                double sum = 0;
                for (int h = 1; h <= horizon; h++) {
                    double sd = Math.sqrt(sigma2() * (1 + sum));
                    lo[h - 1] = mean[h - 1] - z * sd;
                    hi[h - 1] = mean[h - 1] + z * sd;
                    double c = cj(h);
                    sum += c * c;
                }
            } else if (paths != null) {
                for (int h = 0; h < horizon; h++) {
                    double[] col = paths[h];
                    lo[h] = quantileSorted(col, (1 - lv) / 2);
                    hi[h] = quantileSorted(col, 1 - (1 - lv) / 2);
                }
            }
            intervals.add(new PredictionInterval(lv, lo, hi));
        }
        return new Forecast(spec.toString(), mean, intervals);
    }

    private double cj(int j) {
        EtsParameters p = parameters();
        double c = p.alpha();
        if (spec.trended()) {
            double phiSum = 0;
            double pw = 1;
            for (int i = 1; i <= j; i++) {
                pw *= p.phi();
                phiSum += pw;
            }
            c += p.beta() * phiSum;
        }
        if (spec.seasonal() && j % period == 0) {
            c += p.gamma();
        }
        return c;
    }

    private double[] pointForecasts(int horizon) {
        double[] out = new double[horizon];
        double phi = spec.damped() ? fit.phi : 1;
        double damp = 0;
        double pw = 1;
        for (int h = 1; h <= horizon; h++) {
            pw *= phi;
            damp += pw;
            double p = fit.lastLevel + (spec.trended() ? damp * fit.lastTrend : 0);
            out[h - 1] = switch (spec.season()) {
                case NONE -> p;
                case ADDITIVE -> p + fit.lastSeason[(n + h - 1) % period];
                case MULTIPLICATIVE -> p * fit.lastSeason[(n + h - 1) % period];
            };
        }
        return out;
    }

    /** Sorted simulated values per step: {@code [step][path]}. */
    private double[][] simulate(int horizon) {
        SplittableRandom random = new SplittableRandom(0x17E5L);
        double sigma = Math.sqrt(sigma2());
        double[][] out = new double[horizon][SIMULATED_PATHS];
        EtsParameters p = parameters();
        double betaStar = spec.trended() ? p.beta() / p.alpha() : 0;
        boolean mult = spec.error() == ErrorType.MULTIPLICATIVE;
        for (int path = 0; path < SIMULATED_PATHS; path++) {
            double l = fit.lastLevel;
            double b = spec.trended() ? fit.lastTrend : 0;
            double[] s = fit.lastSeason.clone();
            for (int h = 0; h < horizon; h++) {
                double pr = l + p.phi() * b;
                int idx = (n + h) % period;
                double sv = spec.seasonal() ? s[idx] : 0;
                double yhat = spec.season() == SeasonType.MULTIPLICATIVE ? pr * sv : pr + sv;
                double e = sigma * Normal.sample(random);
                double y = mult ? yhat * (1 + e) : yhat + e;
                out[h][path] = y;
                double ys = switch (spec.season()) {
                    case NONE -> y;
                    case ADDITIVE -> y - sv;
                    case MULTIPLICATIVE -> y / sv;
                };
                double ln = pr + p.alpha() * (ys - pr);
                if (spec.trended()) {
                    b = p.phi() * b + betaStar * (ln - pr);
                }
                if (spec.season() == SeasonType.ADDITIVE) {
                    s[idx] = sv + p.gamma() * (y - pr - sv);
                } else if (spec.season() == SeasonType.MULTIPLICATIVE) {
                    s[idx] = sv + p.gamma() * (y / pr - sv);
                }
                l = ln;
            }
        }
        for (double[] col : out) {
            Arrays.sort(col);
        }
        return out;
    }

    private static double quantileSorted(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The model and its estimates on one line, for logs.
     *
     * @return e.g. {@code "ETS(M,A,M) alpha=0.0001 beta=0.0001 gamma=0.0353 phi=1.0000 AICc=513.48"}
     */
    @Override
    public String toString() {
        EtsParameters p = parameters();
        return String.format(Locale.ROOT, "%s alpha=%.4f beta=%.4f gamma=%.4f phi=%.4f AICc=%.2f",
                spec, p.alpha(), p.beta(), p.gamma(), p.phi(), aicc());
    }
}
