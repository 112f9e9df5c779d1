package org.itm.capacity.forecast;

import java.util.Arrays;
import java.util.Objects;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.itm.capacity.internal.Decomposition;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Classic Holt-Winters smoothing fitted by minimising the in-sample sum of squared one-step errors, with the
 * start-up of R's {@code HoltWinters()}: a classical decomposition of the first two periods gives the initial
 * seasonal figure, and a line through its trend gives the initial level and slope; errors are counted from the
 * start of the second period. Use it to reproduce published Holt-Winters fits; for forecasting prefer {@link Ets}.
 *
 * @since 0.1
 */
public final class HoltWinters {

    private HoltWinters() {
    }

    /**
     * Fits additive seasonality (constant seasonal swing).
     *
     * @param y      the regularly spaced history, finite; more than two periods
     * @param period observations per seasonal cycle, at least 2
     * @return the fitted model
     * @throws org.itm.core.ItmValidationException if {@code y} is null, too short or has a non-finite value, or
     *         {@code period} is below 2
     */
    public static HoltWintersModel additive(double[] y, int period) {
        return fit(y, period, false);
    }

    /**
     * Fits multiplicative seasonality (swing proportional to the level).
     *
     * @param y      the regularly spaced history, finite and positive; more than two periods
     * @param period observations per seasonal cycle, at least 2
     * @return the fitted model
     * @throws org.itm.core.ItmValidationException if a value is not positive, or as
     *         {@link #additive(double[], int)} does
     */
    public static HoltWintersModel multiplicative(double[] y, int period) {
        for (int i = 0; i < Checks.notNull(y, "y").length; i++) {
            Checks.require(y[i] > 0, "y[" + i + "]", "must be positive for multiplicative seasonality, was " + y[i]);
        }
        return fit(y, period, true);
    }

    private static HoltWintersModel fit(double[] y, int period, boolean mult) {
        Checks.notNull(y, "y");
        Checks.require(period >= 2, "period", "must be at least 2, was " + period);
        Checks.require(y.length >= 2 * period + 1, "y",
                "needs more than two periods (" + 2 * period + ") of values, had " + y.length);
        for (int i = 0; i < y.length; i++) {
            Checks.finite(y[i], "y[" + i + "]");
        }
        double[] head = Arrays.copyOf(y, 2 * period);
        double[] trend = Decomposition.centredMovingAverage(head, period);
        double[] figure = Decomposition.seasonalFigure(head, trend, period, mult);
        double[] dat = Arrays.stream(trend).filter(v -> !Double.isNaN(v)).toArray();
        double[] line = Decomposition.line(dat, 0, dat.length, 1);
        double l0 = line[0];
        double b0 = line[1];
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        // several starts because the SSE surface of Holt-Winters often has local minima; the parameters live in
        // the box [0, 1]^3, which Hipparchus' BOBYQA respects exactly (R's HoltWinters() uses L-BFGS-B there)
        double[][] starts = {{0.3, 0.1, 0.1}, {0.5, 0.01, 0.5}, {0.1, 0.01, 0.1}, {0.8, 0.05, 0.2}};
        SimpleBounds box = new SimpleBounds(new double[3], new double[] {1, 1, 1});
        for (double[] start : starts) {
            PointValuePair r = new BOBYQAOptimizer(7, 0.1, 1e-9).optimize(new MaxEval(3000),
                    new ObjectiveFunction(x -> sse(y, period, mult, x[0], x[1], x[2], l0, b0, figure, null)),
                    GoalType.MINIMIZE, new InitialGuess(start), box);
            if (r.getValue() < bestSse) {
                bestSse = r.getValue();
                best = r.getPoint();
            }
        }
        // every start gives a finite SSE or +inf, and the first finite one sets best
        double[] p = Objects.requireNonNull(best, "no start point");
        double[] state = new double[2 + period];
        double sse = sse(y, period, mult, p[0], p[1], p[2], l0, b0, figure, state);
        return new HoltWintersModel(mult, period, p[0], p[1], p[2], sse, state[0], state[1],
                Arrays.copyOfRange(state, 2, state.length), y.length);
    }

    static double sse(double[] y, int m, boolean mult, double alpha, double beta, double gamma, double l0, double b0,
                      double[] figure, double @Nullable [] finalState) {
        if (alpha < 0 || alpha > 1 || beta < 0 || beta > 1 || gamma < 0 || gamma > 1) {
            return Double.POSITIVE_INFINITY;
        }
        double level = l0;
        double trend = b0;
        double[] s = figure.clone();
        double sse = 0;
        for (int i = m; i < y.length; i++) {
            int j = i % m;
            double st = s[j];
            double xhat = mult ? (level + trend) * st : level + trend + st;
            double e = y[i] - xhat;
            sse += e * e;
            double newLevel = alpha * (mult ? y[i] / st : y[i] - st) + (1 - alpha) * (level + trend);
            trend = beta * (newLevel - level) + (1 - beta) * trend;
            level = newLevel;
            s[j] = gamma * (mult ? y[i] / level : y[i] - level) + (1 - gamma) * st;
        }
        if (finalState != null) {
            finalState[0] = level;
            finalState[1] = trend;
            System.arraycopy(s, 0, finalState, 2, m);
        }
        return Double.isFinite(sse) ? sse : Double.POSITIVE_INFINITY;
    }
}
