package org.itm.capacity.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.itm.capacity.trend.internal.StudentT;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

class TrendsTest {

    @Test
    void leastSquaresMatchesAHandComputedRegression() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1};
        LinearTrend t = Trends.leastSquares(x, y);
        // slope = Sxy/Sxx = 19.9/10; intercept = 6.02 - 1.99*3; RSS = 0.107
        assertThat(t.slope()).isCloseTo(1.99, within(1e-12));
        assertThat(t.intercept()).isCloseTo(0.05, within(1e-12));
        assertThat(t.slopeStandardError()).isCloseTo(Math.sqrt(0.107 / 3 / 10), within(1e-12));
        ConfidenceInterval ci = t.slopeConfidenceInterval(0.95);
        double q = 3.182446305; // t(0.975, 3)
        assertThat(ci.lower()).isCloseTo(1.99 - q * t.slopeStandardError(), within(1e-7));
        assertThat(ci.upper()).isCloseTo(1.99 + q * t.slopeStandardError(), within(1e-7));
        assertThat(ci.contains(2.0)).isTrue();
        assertThat(t.rSquared()).isGreaterThan(0.99);
        assertThat(t.slopePValue()).isLessThan(0.001);
    }

    @Test
    void studentTQuantilesMatchTables() {
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228139, within(1e-5));
        assertThat(StudentT.quantile(0.95, 1)).isCloseTo(6.313752, within(1e-5));
        assertThat(StudentT.quantile(0.5, 7)).isCloseTo(0, within(1e-6));
    }

    /**
     * With one and two degrees of freedom the t quantile has a closed form (Cauchy: {@code tan(π(p − ½))};
     * two: {@code (2p − 1) / sqrt(2p(1 − p))}), an outside reference exact to double precision.
     */
    @Test
    void studentTQuantilesMatchTheClosedFormsForOneAndTwoDegreesOfFreedom() {
        for (double p : new double[] {0.6, 0.9, 0.95, 0.975, 0.999}) {
            double cauchy = Math.tan(Math.PI * (p - 0.5));
            assertThat(StudentT.quantile(p, 1)).as("p=%s, df=1", p).isCloseTo(cauchy, within(1e-12 * cauchy));
            double two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
            assertThat(StudentT.quantile(p, 2)).as("p=%s, df=2", p).isCloseTo(two, within(1e-12 * two));
        }
        assertThat(StudentT.cdf(Math.tan(Math.PI * 0.499), 1)).isCloseTo(0.999, within(1e-15));
    }

    @Test
    void theilSenIgnoresOutliersThatPullLeastSquares() {
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i;
            y[i] = 5 + 2 * i;
        }
        y[28] = 500;
        y[29] = 600;
        assertThat(Trends.theilSen(x, y).slope()).isCloseTo(2.0, within(1e-9));
        assertThat(Trends.leastSquares(x, y).slope()).isGreaterThan(5);
    }

    @Test
    void seriesTrendsArePerDay() {
        double[] v = {10, 12, 14, 16};
        TimeSeries s = TimeSeries.regular("disk", Unit.GIBIBYTES, Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofHours(12), v);
        assertThat(Trends.leastSquares(s).slope()).isCloseTo(4.0, within(1e-9));
        assertThat(Trends.theilSen(s).slope()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void detectsTheYearlyCycleInMonthlyData() {
        double[] nottem = TimeSeriesCsv.read(SharedData.require("timeseries/nottem.csv"), "nottem", Unit.NONE).values();
        assertThat(Seasonality.detectPeriod(nottem, 36).orElseThrow().period()).isEqualTo(12);
        double[] co2 = TimeSeriesCsv.read(SharedData.require("timeseries/co2.csv"), "co2", Unit.NONE).values();
        assertThat(Seasonality.detectPeriod(co2, 36).orElseThrow().period()).isEqualTo(12);
    }

    @Test
    void detectsTheDailyCycleInHalfHourlyLoad() {
        var load = TimeSeriesCsv.readIndexed(SharedData.require("timeseries/taylor_halfhourly_load.csv"), "load",
                Unit.MEGAWATTS, Instant.parse("2000-06-05T00:00:00Z"), Duration.ofMinutes(30));
        assertThat(Seasonality.detectPeriod(load.values(), 400).orElseThrow().period()).isEqualTo(48);
    }

    @Test
    void findsNoPeriodInNoise() {
        java.util.Random r = new java.util.Random(3);
        double[] noise = new double[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = r.nextGaussian();
        }
        assertThat(Seasonality.detectPeriod(noise, 24)).isEmpty();
    }

    @Test
    void decompositionAddsBackUp() {
        double[] y = new double[48];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 + 0.5 * i + (i % 4 == 0 ? 3 : -1);
        }
        SeasonalDecomposition d = SeasonalDecomposition.classical(y, 4, false);
        assertThat(d.figure()).containsExactly(new double[] {3, -1, -1, -1}, within(1e-9));
        double[] t = d.trend();
        double[] s = d.seasonal();
        double[] r = d.remainder();
        for (int i = 2; i < y.length - 2; i++) {
            assertThat(t[i] + s[i] + r[i]).isCloseTo(y[i], within(1e-9));
            assertThat(r[i]).isCloseTo(0, within(1e-9));
        }
        assertThat(Double.isNaN(t[0])).isTrue();
    }
}
