package org.itm.capacity.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.itm.core.ItmValidationException;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

class StlTest {

    private static double[] synthetic(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 50 + 0.3 * t + 8 * Math.sin(2 * Math.PI * t / 12);
        }
        return y;
    }

    @Test
    void recoversTrendAndSeasonOfACleanSeries() {
        double[] y = synthetic(120);
        StlDecomposition d = Stl.decompose(y, 12, 13, false);
        double[] t = d.trend();
        double[] s = d.seasonal();
        double[] r = d.remainder();
        for (int i = 12; i < 108; i++) {
            assertThat(t[i]).isCloseTo(50 + 0.3 * i, within(0.5));
            assertThat(s[i]).isCloseTo(8 * Math.sin(2 * Math.PI * i / 12), within(0.5));
        }
        for (int i = 0; i < y.length; i++) {
            assertThat(t[i] + s[i] + r[i]).isCloseTo(y[i], within(1e-9));
        }
        assertThat(d.seasonalStrength()).isGreaterThan(0.95);
    }

    @Test
    void robustFitGivesOutliersLowWeightAndKeepsThemOutOfTheTrend() {
        double[] y = synthetic(120);
        y[60] += 200;
        StlDecomposition robust = Stl.decompose(y, 12);
        assertThat(robust.robustnessWeights()[60]).isLessThan(0.01);
        assertThat(robust.trend()[60]).isCloseTo(50 + 0.3 * 60, within(1.0));
        assertThat(robust.remainder()[60]).isGreaterThan(190);
    }

    @Test
    void findsStrongSeasonalityInNottinghamTemperatures() {
        double[] nottem = TimeSeriesCsv.read(SharedData.require("timeseries/nottem.csv"), "nottem", Unit.NONE).values();
        StlDecomposition d = Stl.decompose(nottem, 12);
        assertThat(d.seasonalStrength()).isGreaterThan(0.9);
    }

    @Test
    void rejectsEvenSpans() {
        assertThatThrownBy(() -> Stl.decompose(synthetic(48), 12, 8, false))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("seasonalSpan");
    }
}
