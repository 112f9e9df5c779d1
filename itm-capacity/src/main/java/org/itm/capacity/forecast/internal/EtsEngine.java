package org.itm.capacity.forecast.internal;

import java.util.Arrays;
import java.util.Objects;
import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.itm.capacity.internal.Decomposition;
import org.jspecify.annotations.Nullable;

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
        public double[] fitted = new double[0];
        public double[] errors = new double[0];
        public double lastLevel;
        public double lastTrend;
        public double[] lastSeason = new double[0];
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
                             double gamma, double phi, double l0, double b0, double[] s0, @Nullable Fit fit) {
        int n = y.length;
        double l = l0;
        double b = trend == 0 ? 0 : b0;
        double ph = trend == 2 ? phi : 1;
        // no seasonal state without a season: every read of s is behind season != 0
        double[] s = season == 0 ? new double[0] : s0.clone();
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
            if (!(sse <= Double.MAX_VALUE)) {
                // overflowed (or NaN): no admissible likelihood, and finishing the pass on infinities is slow
                return Double.POSITIVE_INFINITY;
            }
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
            fit.lastSeason = s;
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
     * Fits one model by minimising the likelihood criterion over the smoothing parameters, the damping and the
     * initial level and trend, with Hipparchus' Nelder–Mead simplex and BOBYQA. The initial seasonal states stay at their
     * decomposition estimates: estimating them too (m − 1 more dimensions) made the search converge worse and
     * ten times slower, and forecast less accurately on the reference series.
     *
     * <p>The search runs in coordinates where R's "usual" region is a box: alpha itself, beta as a fraction of the
     * way from 1e-4 to alpha, gamma as a fraction of the way from 1e-4 to 1 − alpha, phi itself, and the initial
     * states in units of the data's spread around their heuristic values. The likelihood of the seasonal models
     * has several local optima and a simplex stops early on its ridges (the hand-written simplex this replaces
     * stopped up to 160 units of −2·log-likelihood short on R's data sets), so a short simplex search runs from three
     * starting points (R's heuristic one, a middle one and a fast-adapting one) and the best of them is refined
     * to convergence with BOBYQA inside the same box. {@code EtsConvergenceTest} checks the result against
     * long re-optimisations from perturbed starts.
     */
    public static Fit fit(double[] y, int m, boolean multErr, int trend, int season) {
        int n = y.length;
        double[] init = initialStates(y, m, trend, season);
        double[] fig = Arrays.copyOfRange(init, 2, init.length);
        double scale = spread(y, Math.min(n, Math.max(2 * m, 10)));
        Space space = new Space(y, m, multErr, trend, season, fig, init[0], init[1], scale);
        double alpha0 = season != 0 ? Math.max(0.02, 0.2 / m) : 0.2;
        double[][] starts = {
            space.start(alpha0, 0.1, (0.05 - LOWER) / (1 - alpha0 - LOWER), 0.978),
            space.start(0.5, 0.2, 0.2, 0.9),
            space.start(0.9, 0.02, 0.5, 0.95),
        };
        Optimum best = null;
        for (double[] start : starts) {
            Optimum o = space.minimise(start, STEP, SCOUT_BUDGET_PER_DIMENSION);
            if (best == null || o.value < best.value) {
                best = o;
            }
        }
        best = space.polish(Objects.requireNonNull(best, "no start point"));
        int np = 1 + (trend != 0 ? 1 : 0) + (season != 0 ? 1 : 0) + (trend == 2 ? 1 : 0);
        Fit fit = new Fit();
        fit.fitted = new double[n];
        fit.errors = new double[n];
        fit.evaluations = space.evaluations;
        fit.lik = space.value(best.point, fit);
        // initial states counted as R counts them: level, trend, m-1 free seasonal states, plus the variance
        fit.parameters = np + 1 + (trend != 0 ? 1 : 0) + (season != 0 ? m - 1 : 0) + 1;
        return fit;
    }

    private static final double STEP = 0.1;
    private static final int SCOUT_BUDGET_PER_DIMENSION = 25;
    private static final double SIMPLEX_TOLERANCE = 1e-9;
    private static final double STATE_BOX = 50;
    // BOBYQA's trust region starts at a tenth of the unit box and stops at 1e-4: starting at 0.01 and stopping at
    // 1e-5 found no better optimum on the convergence test's series but spent up to 20 times longer in the
    // trust-region subproblem on trended non-seasonal series (Nile's damped fit: 220 ms instead of about 10)
    private static final double POLISH_RADIUS = 0.1;
    private static final double POLISH_STOP = 1e-4;
    private static final int POLISH_BUDGET_PER_DIMENSION = 100;

    private record Optimum(double[] point, double value) {
    }

    /** The search space of one model: box coordinates, their mapping to parameters, and the objective. */
    private static final class Space {
        final double[] y;
        final int m;
        final boolean multErr;
        final int trend;
        final int season;
        final double[] fig;
        final double level;
        final double slope;
        final double scale;
        final int dimension;
        int evaluations;

        Space(double[] y, int m, boolean multErr, int trend, int season, double[] fig, double level, double slope,
              double scale) {
            this.y = y;
            this.m = m;
            this.multErr = multErr;
            this.trend = trend;
            this.season = season;
            this.fig = fig;
            this.level = level;
            this.slope = slope;
            this.scale = scale;
            this.dimension = 2 + (trend != 0 ? 2 : 0) + (season != 0 ? 1 : 0) + (trend == 2 ? 1 : 0);
        }

        /** Box coordinates of a starting point; the initial states start at their heuristic values. */
        double[] start(double alpha, double betaFraction, double gammaFraction, double phi) {
            double[] z = new double[dimension];
            int k = 0;
            z[k++] = Math.max(LOWER, Math.min(UPPER, alpha));
            if (trend != 0) {
                z[k++] = betaFraction;
            }
            if (season != 0) {
                z[k++] = Math.max(0, Math.min(1, gammaFraction));
            }
            if (trend == 2) {
                z[k] = Math.max(PHI_LOWER, Math.min(PHI_UPPER, phi));
            }
            return z;
        }

        Optimum minimise(double[] start, double step, int budgetPerDimension) {
            double[] steps = new double[dimension];
            int k = 0;
            steps[k++] = step;
            if (trend != 0) {
                steps[k++] = step;
            }
            if (season != 0) {
                steps[k++] = step;
            }
            if (trend == 2) {
                steps[k++] = -step / 5;
            }
            while (k < dimension) {
                steps[k++] = step;
            }
            // a step that leaves the box is mirrored so that the first simplex is admissible
            for (int i = 0; i < dimension; i++) {
                double[] probe = start.clone();
                probe[i] += steps[i];
                if (!inBox(probe)) {
                    steps[i] = -steps[i];
                }
            }
            double[][] best = {start.clone()};
            double[] bestValue = {value(start, null)};
            MultivariateFunction f = z -> {
                double v = value(z, null);
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    best[0] = z.clone();
                }
                return v;
            };
            try {
                new SimplexOptimizer(SIMPLEX_TOLERANCE, SIMPLEX_TOLERANCE).optimize(
                        new MaxEval(budgetPerDimension * dimension), new ObjectiveFunction(f),
                        GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
            } catch (MathIllegalStateException budgetSpent) {
                // the best point seen so far is kept; the restarts continue from it
            }
            return new Optimum(best[0], bestValue[0]);
        }

        /**
         * Refines an optimum with Hipparchus' BOBYQA, a trust-region method on quadratic models that converges
         * where a simplex crawls; the initial states get a box of ±{@value #STATE_BOX} spreads. Inadmissible
         * points (infinite criterion) are given a finite penalty above the starting value, which BOBYQA's models
         * need, so they are avoided rather than chosen.
         */
        Optimum polish(Optimum from) {
            double[] lower = new double[dimension];
            double[] upper = new double[dimension];
            int k = 0;
            lower[k] = LOWER;
            upper[k++] = UPPER;
            if (trend != 0) {
                upper[k++] = 1;
            }
            if (season != 0) {
                upper[k++] = 1;
            }
            if (trend == 2) {
                lower[k] = PHI_LOWER;
                upper[k++] = PHI_UPPER;
            }
            while (k < dimension) {
                lower[k] = Math.min(-STATE_BOX, from.point[k] - 1);
                upper[k] = Math.max(STATE_BOX, from.point[k] + 1);
                k++;
            }
            double[] start = from.point.clone();
            for (int i = 0; i < dimension; i++) {
                start[i] = Math.max(lower[i], Math.min(upper[i], start[i]));
            }
            double penalty = from.value + 1e3 * (1 + Math.abs(from.value));
            double[][] best = {from.point.clone()};
            double[] bestValue = {from.value};
            MultivariateFunction f = z -> {
                double v = value(z, null);
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    best[0] = z.clone();
                }
                return Double.isFinite(v) ? v : penalty;
            };
            try {
                new BOBYQAOptimizer(2 * dimension + 1, POLISH_RADIUS, POLISH_STOP).optimize(
                        new MaxEval(POLISH_BUDGET_PER_DIMENSION * dimension), new ObjectiveFunction(f),
                        GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
            } catch (MathIllegalStateException | MathIllegalArgumentException stopped) {
                // out of budget or a degenerate model: the best point seen is kept
            }
            return new Optimum(best[0], bestValue[0]);
        }

        boolean inBox(double[] z) {
            int k = 0;
            double alpha = z[k++];
            if (!(alpha >= LOWER && alpha <= UPPER)) {
                return false;
            }
            if (trend != 0 && !(z[k] >= 0 && z[k++] <= 1)) {
                return false;
            }
            if (season != 0 && !(z[k] >= 0 && z[k++] <= 1)) {
                return false;
            }
            return trend != 2 || z[k] >= PHI_LOWER && z[k] <= PHI_UPPER;
        }

        double value(double[] z, @Nullable Fit fit) {
            evaluations++;
            if (!inBox(z)) {
                return Double.POSITIVE_INFINITY;
            }
            int k = 0;
            double alpha = z[k++];
            double beta = trend != 0 ? LOWER + z[k++] * (alpha - LOWER) : 0;
            double gamma = season != 0 ? LOWER + z[k++] * Math.max(0, 1 - alpha - LOWER) : 0;
            double phi = trend == 2 ? z[k++] : 1;
            double l0 = level + scale * z[k++];
            double b0 = trend != 0 ? slope + 0.1 * scale * z[k] : 0;
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
                fit.s0 = fig.clone();
            }
            return run(y, m, multErr, trend, season, alpha, beta, gamma, phi, l0, b0, fig, fit);
        }
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
