package org.itm.capacity.forecast.internal;

import java.util.Arrays;
import org.itm.capacity.internal.Decomposition;

/**
 * The ETS recursions and their maximum-likelihood fit. Trend codes: 0 none, 1 additive, 2 additive damped;
 * season codes: 0 none, 1 additive, 2 multiplicative.
 *
 * <p>State updates are written in their "error-correction on y" form, which is the same for additive and
 * multiplicative errors; the error type only changes the likelihood. The criterion is R's
 * {@code n·log(Σε²) + 2·Σ log|ŷ|} (the second term for multiplicative errors only), which equals −2·log-likelihood
 * up to a constant shared by all models fitted to the same data, so AICc values are comparable across the family.
 */
public final class EtsEngine {

    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;

    /** A fitted model: parameters, initial and final states, criterion and in-sample one-step errors. */
    public static final class Fit {
        public boolean multiplicativeError;
        public int trend;
        public int season;
        public int m;
        public double alpha;
        public double beta;
        public double gamma;
        public double phi = 1;
        public double l0;
        public double b0;
        public double[] s0 = new double[0];
        public double lik;
        public double sumSquaredErrors;
        public int parameters;
        public double[] fitted;
        public double[] errors;
        public double lastLevel;
        public double lastTrend;
        public double[] lastSeason;
        public int evaluations;
    }

    private EtsEngine() {
    }

    /**
     * Runs the recursion over {@code y}; returns R's likelihood criterion, or {@code +∞} when the model becomes
     * inadmissible (a non-positive forecast with multiplicative error, a non-positive level with multiplicative
     * seasonality). When {@code fit} is given, its fitted values, errors and final states are filled in.
     */
    public static double run(double[] y, int m, boolean multErr, int trend, int season, double alpha, double beta,
                             double gamma, double phi, double l0, double b0, double[] s0, Fit fit) {
        int n = y.length;
        double l = l0;
        double b = trend == 0 ? 0 : b0;
        double ph = trend == 2 ? phi : 1;
        double[] s = season == 0 ? null : s0.clone();
        double betaStar = trend == 0 ? 0 : beta / alpha;
        double sse = 0;
        // log Σ|ŷ| is accumulated as binary exponents plus a product of mantissas, one Math.log per block,
        // because a logarithm per step dominated the cost of fitting multiplicative models
        long exponentSum = 0;
        double mantissaProduct = 1;
        double sumLog = 0;
        int j = 0;
        for (int t = 0; t < n; t++) {
            double p = l + ph * b;
            double sv = season == 0 ? 0 : s[j];
            double yhat = season == 2 ? p * sv : p + sv;
            if (multErr && !(yhat > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            if (season == 2 && !(p > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double yt = y[t];
            double e = multErr ? (yt - yhat) / yhat : yt - yhat;
            sse += e * e;
            if (multErr) {
                int exponent = Math.getExponent(yhat);
                exponentSum += exponent;
                mantissaProduct *= Math.scalb(yhat, -exponent);
                if ((t & 31) == 31) {
                    sumLog += Math.log(mantissaProduct);
                    mantissaProduct = 1;
                }
            }
            if (fit != null) {
                fit.fitted[t] = yhat;
                fit.errors[t] = e;
            }
            double ys = season == 0 ? yt : season == 1 ? yt - sv : yt / sv;
            double ln = p + alpha * (ys - p);
            if (trend != 0) {
                b = ph * b + betaStar * (ln - p);
            }
            if (season == 1) {
                s[j] = sv + gamma * (yt - p - sv);
            } else if (season == 2) {
                s[j] = sv + gamma * (yt / p - sv);
            }
            l = ln;
            if (++j == m) {
                j = 0;
            }
        }
        sumLog += Math.log(mantissaProduct) + exponentSum * Math.log(2);
        if (!Double.isFinite(sse)) {
            return Double.POSITIVE_INFINITY;
        }
        if (fit != null) {
            fit.lastLevel = l;
            fit.lastTrend = b;
            fit.lastSeason = s == null ? new double[0] : s;
            fit.sumSquaredErrors = sse;
        }
        return n * Math.log(Math.max(sse, 1e-300)) + 2 * sumLog;
    }

    /** R's heuristic initial states: decomposition of the first three periods, then a line through the first two. */
    public static double[] initialStates(double[] y, int m, int trend, int season) {
        int n = y.length;
        double[] fig = new double[0];
        double[] ysa = y;
        if (season != 0) {
            int len = Math.min(n, 3 * m);
            double[] head = Arrays.copyOf(y, len);
            double[] tr = Decomposition.centredMovingAverage(head, m);
            fig = Decomposition.seasonalFigure(head, tr, m, season == 2);
            ysa = new double[len];
            for (int i = 0; i < len; i++) {
                ysa[i] = season == 2 ? head[i] / fig[i % m] : head[i] - fig[i % m];
            }
        }
        int maxn = Math.min(Math.max(10, 2 * m), ysa.length);
        double l0;
        double b0 = 0;
        if (trend == 0) {
            l0 = Arrays.stream(ysa, 0, maxn).average().orElse(0);
        } else {
            double[] line = Decomposition.line(ysa, 0, maxn, 1);
            l0 = line[0];
            b0 = line[1];
            if (Math.abs(l0 + b0) < 1e-8) {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }
        }
        double[] out = new double[2 + fig.length];
        out[0] = l0;
        out[1] = b0;
        System.arraycopy(fig, 0, out, 2, fig.length);
        return out;
    }

    /**
     * Fits one model by minimising the likelihood criterion with Nelder–Mead over the smoothing parameters, the
     * damping and the initial level and trend. The initial seasonal states stay at their decomposition estimates:
     * estimating them too (m − 1 more dimensions) made the simplex converge worse and ten times slower, and
     * forecast less accurately on the reference series.
     */
    public static Fit fit(double[] y, int m, boolean multErr, int trend, int season) {
        int n = y.length;
        double[] init = initialStates(y, m, trend, season);
        double[] fig = Arrays.copyOfRange(init, 2, init.length);
        int np = 1 + (trend != 0 ? 1 : 0) + (season != 0 ? 1 : 0) + (trend == 2 ? 1 : 0);
        int ns = 1 + (trend != 0 ? 1 : 0);
        double[] x0 = new double[np + ns];
        double[] steps = new double[np + ns];
        int k = 0;
        double alpha0 = season != 0 ? Math.max(0.02, 0.2 / m) : 0.2;
        x0[k] = alpha0;
        steps[k++] = 0.1;
        if (trend != 0) {
            x0[k] = 0.1 * alpha0;
            steps[k++] = 0.01;
        }
        if (season != 0) {
            x0[k] = 0.05;
            steps[k++] = 0.05;
        }
        if (trend == 2) {
            x0[k] = 0.978;
            steps[k++] = -0.02;
        }
        double scale = spread(y, Math.min(n, Math.max(2 * m, 10)));
        x0[k] = init[0];
        steps[k++] = 0.1 * scale + 1e-8;
        if (trend != 0) {
            x0[k] = init[1];
            steps[k++] = 0.01 * scale + 1e-8;
        }
        java.util.function.ToDoubleFunction<double[]> objective = x -> evaluate(x, y, m, multErr, trend, season, fig, null);
        NelderMead.Result r = NelderMead.minimise(objective, x0, steps, 1e-7, 250 * x0.length);
        int evals = r.evaluations();
        double[] restartSteps = steps.clone();
        for (int i = 0; i < restartSteps.length; i++) {
            restartSteps[i] *= 0.5;
        }
        // a short restart from the optimum escapes the simplex collapsing early on ridges of the likelihood
        NelderMead.Result r2 = NelderMead.minimise(objective, r.point(), restartSteps, 1e-8, 20 * x0.length);
        evals += r2.evaluations();
        if (r2.value() < r.value()) {
            r = r2;
        }
        Fit fit = new Fit();
        fit.fitted = new double[n];
        fit.errors = new double[n];
        fit.evaluations = evals;
        fit.lik = evaluate(r.point(), y, m, multErr, trend, season, fig, fit);
        // initial states counted as R counts them: level, trend, m-1 free seasonal states, plus the variance
        fit.parameters = np + 1 + (trend != 0 ? 1 : 0) + (season != 0 ? m - 1 : 0) + 1;
        return fit;
    }

    private static double evaluate(double[] x, double[] y, int m, boolean multErr, int trend, int season,
                                   double[] fig, Fit fit) {
        int k = 0;
        double alpha = x[k++];
        double beta = trend != 0 ? x[k++] : 0;
        double gamma = season != 0 ? x[k++] : 0;
        double phi = trend == 2 ? x[k++] : 1;
        if (alpha < LOWER || alpha > UPPER) {
            return Double.POSITIVE_INFINITY;
        }
        if (trend != 0 && (beta < LOWER || beta > alpha)) {
            return Double.POSITIVE_INFINITY;
        }
        if (season != 0 && (gamma < LOWER || gamma > 1 - alpha)) {
            return Double.POSITIVE_INFINITY;
        }
        if (trend == 2 && (phi < PHI_LOWER || phi > PHI_UPPER)) {
            return Double.POSITIVE_INFINITY;
        }
        double l0 = x[k++];
        double b0 = trend != 0 ? x[k++] : 0;
        double[] s0 = fig;
        if (fit != null) {
            fit.multiplicativeError = multErr;
            fit.trend = trend;
            fit.season = season;
            fit.m = m;
            fit.alpha = alpha;
            fit.beta = beta;
            fit.gamma = gamma;
            fit.phi = phi;
            fit.l0 = l0;
            fit.b0 = b0;
            fit.s0 = s0.clone();
        }
        return run(y, m, multErr, trend, season, alpha, beta, gamma, phi, l0, b0, s0, fit);
    }

    private static double spread(double[] v, int len) {
        double mean = 0;
        for (int i = 0; i < len; i++) {
            mean += v[i] / len;
        }
        double ss = 0;
        for (int i = 0; i < len; i++) {
            ss += (v[i] - mean) * (v[i] - mean);
        }
        double sd = Math.sqrt(ss / Math.max(1, len - 1));
        return sd > 0 ? sd : Math.max(Math.abs(mean) * 0.01, 1e-6);
    }
}
