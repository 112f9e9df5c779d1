package org.itm.capacity.forecast;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A fitted classic Holt-Winters model (see {@link HoltWinters}): smoothing weights, in-sample SSE and final states.
 *
 * @since 0.1
 */
public final class HoltWintersModel {

    private final boolean multiplicative;
    private final int period;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double sse;
    private final double level;
    private final double trend;
    private final double[] season;
    private final int n;

    HoltWintersModel(boolean multiplicative, int period, double alpha, double beta, double gamma, double sse,
                     double level, double trend, double[] season, int n) {
        this.multiplicative = multiplicative;
        this.period = period;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.sse = sse;
        this.level = level;
        this.trend = trend;
        this.season = season.clone();
        this.n = n;
    }

    /**
     * Whether the seasonality is multiplicative.
     *
     * @return {@code true} when fitted by {@link HoltWinters#multiplicative}
     */
    public boolean multiplicative() {
        return multiplicative;
    }

    /**
     * The level smoothing weight.
     *
     * @return alpha in [0, 1]
     */
    public double alpha() {
        return alpha;
    }

    /**
     * The trend smoothing weight.
     *
     * @return beta in [0, 1]
     */
    public double beta() {
        return beta;
    }

    /**
     * The seasonal smoothing weight.
     *
     * @return gamma in [0, 1]
     */
    public double gamma() {
        return gamma;
    }

    /**
     * Sum of squared one-step errors from the second period on, the quantity the fit minimises.
     *
     * @return the SSE, in the squared unit of the data
     */
    public double sse() {
        return sse;
    }

    /**
     * Point forecasts for {@code horizon} steps (no intervals: the classic method has no error model).
     *
     * @param horizon steps to forecast; positive
     * @return the forecast, without intervals
     * @throws org.itm.core.ItmValidationException if {@code horizon} is not positive
     */
    public Forecast forecast(int horizon) {
        Checks.positive(horizon, "horizon");
        double[] mean = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double s = season[(n + h - 1) % period];
            mean[h - 1] = multiplicative ? (level + h * trend) * s : level + h * trend + s;
        }
        return new Forecast(multiplicative ? "Holt-Winters multiplicative" : "Holt-Winters additive", mean, List.of());
    }
}
