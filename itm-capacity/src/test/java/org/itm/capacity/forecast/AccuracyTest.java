package org.itm.capacity.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AccuracyTest {

    @Test
    void computesEveryMeasureOnAHandExample() {
        double[] actual = {100, 110, 120, 130};
        double[] forecast = {90, 115, 120, 140};
        double[] training = {1, 2, 3, 5, 8};
        AccuracyReport r = Accuracy.report(actual, forecast, training, 1);
        assertThat(r.mae()).isCloseTo(6.25, within(1e-12));
        assertThat(r.rmse()).isCloseTo(Math.sqrt(225.0 / 4), within(1e-12));
        assertThat(r.mape()).isCloseTo(100 * (0.1 + 5.0 / 110 + 0 + 10.0 / 130) / 4, within(1e-12));
        assertThat(r.smape()).isCloseTo(100 * (20.0 / 190 + 10.0 / 225 + 0 + 20.0 / 270) / 4, within(1e-12));
        assertThat(r.mase()).isCloseTo(6.25 / 1.75, within(1e-12));
    }

    @Property(tries = 200)
    void perfectForecastsScoreZero(@ForAll @Size(min = 3, max = 30) double[] values) {
        double[] v = java.util.Arrays.stream(values).map(x -> Double.isFinite(x) ? x % 1e6 : 1).toArray();
        v[1] = v[0] + 1;
        AccuracyReport r = Accuracy.report(v, v, v, 1);
        assertThat(r.mae()).isZero();
        assertThat(r.rmse()).isZero();
        assertThat(r.mase()).isZero();
    }

    @Property(tries = 200)
    void rmseIsAtLeastMae(@ForAll @Size(min = 1, max = 30) double[] errors,
                          @ForAll @DoubleRange(min = 1, max = 100) double base) {
        double[] actual = new double[errors.length];
        double[] forecast = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            actual[i] = base;
            forecast[i] = base + (Double.isFinite(errors[i]) ? errors[i] % 1e6 : 0);
        }
        assertThat(Accuracy.rmse(actual, forecast)).isGreaterThanOrEqualTo(Accuracy.mae(actual, forecast) - 1e-9);
        assertThat(Accuracy.smape(actual, forecast)).isBetween(0.0, 200.0);
    }
}
