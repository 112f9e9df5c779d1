package org.itm.capacity.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TrendProperties {

    @Property(tries = 200)
    void bothEstimatorsRecoverAnExactLine(@ForAll @DoubleRange(min = -100, max = 100) double intercept,
                                          @ForAll @DoubleRange(min = -10, max = 10) double slope,
                                          @ForAll @IntRange(min = 3, max = 60) int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 1.5;
            y[i] = intercept + slope * x[i];
        }
        LinearTrend ols = Trends.leastSquares(x, y);
        LinearTrend ts = Trends.theilSen(x, y);
        assertThat(ols.slope()).isCloseTo(slope, within(1e-6));
        assertThat(ts.slope()).isCloseTo(slope, within(1e-6));
        assertThat(ols.intercept()).isCloseTo(intercept, within(1e-6));
        assertThat(ts.intercept()).isCloseTo(intercept, within(1e-6));
    }

    @Property(tries = 100)
    void widerConfidenceLevelsGiveWiderIntervals(@ForAll @IntRange(min = 5, max = 80) int n,
                                                 @ForAll @IntRange(min = 1, max = 1000) int seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 2 * i + r.nextGaussian();
        }
        LinearTrend t = Trends.leastSquares(x, y);
        ConfidenceInterval c90 = t.slopeConfidenceInterval(0.90);
        ConfidenceInterval c99 = t.slopeConfidenceInterval(0.99);
        assertThat(c99.lower()).isLessThan(c90.lower());
        assertThat(c99.upper()).isGreaterThan(c90.upper());
        assertThat(c90.contains(t.slope())).isTrue();
    }
}
