package org.itm.capacity.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class EtsTest {

    private static double[] seasonalTrend(int n, double noise, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + noise * r.nextGaussian();
        }
        return y;
    }

    @Test
    void parsesAndPrintsTheEtsNotation() {
        assertThat(EtsSpec.parse("MAdM")).isEqualTo(
                EtsSpec.of(ErrorType.MULTIPLICATIVE, TrendType.ADDITIVE_DAMPED, SeasonType.MULTIPLICATIVE));
        assertThat(EtsSpec.parse("ETS(A,N,A)").toString()).isEqualTo("ETS(A,N,A)");
        assertThatThrownBy(() -> EtsSpec.parse("XYZ")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void simpleSmoothingOfAConstantForecastsTheConstant() {
        double[] y = new double[40];
        java.util.Arrays.fill(y, 7.0);
        y[10] = 7.5;
        EtsModel m = Ets.fit(y, 1, EtsSpec.parse("ANN"));
        for (double v : m.forecast(5).mean()) {
            assertThat(v).isCloseTo(7.0, within(0.05));
        }
    }

    @Test
    void holtExtendsALinearTrend() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t + (t % 2 == 0 ? 0.3 : -0.3);
        }
        Forecast f = Ets.fit(y, 1, EtsSpec.parse("AAN")).forecast(10);
        assertThat(f.mean(9)).isCloseTo(10 + 2 * 69, within(1.0));
        assertThat(f.method()).isEqualTo("ETS(A,A,N)");
    }

    @Test
    void dampedTrendFlattensOut() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t + (t % 3) * 0.5;
        }
        EtsModel damped = Ets.fit(y, 1, EtsSpec.parse("AAdN"));
        Forecast f = damped.forecast(50);
        assertThat(damped.parameters().phi()).isBetween(0.8, 0.98);
        assertThat(f.mean(49) - f.mean(48)).isLessThan(f.mean(1) - f.mean(0));
    }

    @Test
    void automaticSelectionFindsSeasonalityAndExplainsItself() {
        double[] y = seasonalTrend(120, 1.0, 1);
        EtsSelection sel = Ets.auto(y, 12);
        assertThat(sel.best().spec().seasonal()).isTrue();
        assertThat(sel.best().spec().trended()).isTrue();
        assertThat(sel.candidates()).hasSize(15);
        assertThat(sel.candidates().get(0).spec()).isEqualTo(sel.best().spec());
        assertThat(sel.explanation()).contains("lowest AICc").contains(sel.best().spec().toString());
    }

    @Test
    void intervalsWidenWithTheHorizonAndNest() {
        double[] y = seasonalTrend(120, 2.0, 2);
        for (String spec : new String[] {"AAA", "MAM"}) {
            Forecast f = Ets.fit(y, 12, EtsSpec.parse(spec)).forecast(24);
            PredictionInterval p80 = f.interval(0.80).orElseThrow();
            PredictionInterval p95 = f.interval(0.95).orElseThrow();
            for (int h = 0; h < 24; h++) {
                assertThat(p95.lower(h)).isLessThanOrEqualTo(p80.lower(h));
                assertThat(p80.lower(h)).isLessThanOrEqualTo(f.mean(h));
                assertThat(f.mean(h)).isLessThanOrEqualTo(p80.upper(h));
                assertThat(p80.upper(h)).isLessThanOrEqualTo(p95.upper(h));
            }
            assertThat(p95.upper(23) - p95.lower(23)).as(spec).isGreaterThan(p95.upper(0) - p95.lower(0));
        }
    }

    @Test
    void ninetyFivePercentIntervalOfSesMatchesTheClosedForm() {
        double[] y = seasonalTrend(80, 3.0, 3);
        EtsModel m = Ets.fit(y, 1, EtsSpec.parse("ANN"));
        PredictionInterval pi = m.forecast(3, 0.95).interval(0.95).orElseThrow();
        double a = m.parameters().alpha();
        double half = 1.959964 * Math.sqrt(m.sigma2() * (1 + 2 * a * a));
        assertThat(pi.upper(2) - m.forecast(3).mean(2)).isCloseTo(half, within(1e-4));
    }

    @Test
    void informationCriteriaAreConsistent() {
        EtsModel m = Ets.fit(seasonalTrend(100, 1, 4), 12, EtsSpec.parse("AAA"));
        int k = m.parameterCount();
        assertThat(m.aic()).isCloseTo(-2 * m.logLikelihood() + 2 * k, within(1e-9));
        assertThat(m.aicc()).isGreaterThan(m.aic());
        assertThat(m.fitted()).hasSize(100);
    }

    @Test
    void forecastsOfASeriesArePlacedInTime() {
        org.itm.capacity.series.TimeSeries monthly = org.itm.capacity.series.TimeSeries.regular("m",
                org.itm.capacity.series.Unit.NONE, java.time.Instant.parse("2020-01-01T00:00:00Z"),
                java.time.Period.ofMonths(1), seasonalTrend(48, 1, 6));
        Forecast f = Forecaster.autoEts(12).forecast(monthly, 3);
        java.util.List<ForecastPoint> points = f.points(monthly, 0.95);
        assertThat(points).extracting(ForecastPoint::at).containsExactly(
                java.time.Instant.parse("2024-01-01T00:00:00Z"), java.time.Instant.parse("2024-02-01T00:00:00Z"),
                java.time.Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(points.get(0).lower()).isLessThan(points.get(0).mean());
        assertThat(points.get(0).upper()).isGreaterThan(points.get(0).mean());
    }

    @Test
    void pointsAtALevelThatWasNotComputedAreRejected() {
        org.itm.capacity.series.TimeSeries monthly = org.itm.capacity.series.TimeSeries.regular("m",
                org.itm.capacity.series.Unit.NONE, java.time.Instant.parse("2020-01-01T00:00:00Z"),
                java.time.Period.ofMonths(1), seasonalTrend(48, 1, 6));
        Forecast f = Forecaster.seasonalNaive(12).forecast(monthly, 3);
        assertThatThrownBy(() -> f.points(monthly, 95)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("level").hasMessageContaining("fraction");
        assertThatThrownBy(() -> f.points(monthly, 0.5)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("0.8").hasMessageContaining("0.95");
        assertThat(f.points(monthly, 0.8)).hasSize(3);
    }

    @Test
    void forecastingASeriesWithGapsFailsAtTheCall() {
        java.util.List<org.itm.capacity.series.Observation> obs = new java.util.ArrayList<>();
        java.time.Instant t0 = java.time.Instant.parse("2020-01-01T00:00:00Z");
        double[] y = seasonalTrend(48, 1, 6);
        for (int i = 0; i < y.length; i++) {
            if (i != 20) {
                obs.add(new org.itm.capacity.series.Observation(t0.plus(java.time.Duration.ofDays(i)), y[i]));
            }
        }
        org.itm.capacity.series.TimeSeries gappy = org.itm.capacity.series.TimeSeries.of("daily",
                org.itm.capacity.series.Unit.NONE, obs);
        assertThatThrownBy(() -> Forecaster.autoEts(7).forecast(gappy, 3))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("not regular");
    }

    @Test
    void rejectsUnsuitableData() {
        assertThatThrownBy(() -> Ets.fit(new double[] {1, 2, Double.NaN, 4, 5}, 1, EtsSpec.parse("ANN")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("y[2]");
        assertThatThrownBy(() -> Ets.fit(new double[] {1, 2, -3, 4, 5}, 1, EtsSpec.parse("MNN")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> Ets.fit(new double[20], 12, EtsSpec.parse("ANA")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("two full periods");
        assertThat(Ets.candidates(new double[] {-1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 1))
                .noneMatch(s -> s.error() == ErrorType.MULTIPLICATIVE);
    }

    @Test
    void backtestRollsTheOriginForward() {
        double[] y = seasonalTrend(96, 1, 5);
        BacktestResult r = Backtest.rollingOrigin(y, Forecaster.seasonalNaive(12), 60, 12, 6, 12);
        assertThat(r.folds()).extracting(BacktestFold::origin).containsExactly(60, 66, 72, 78, 84);
        assertThat(r.mean().mase()).isPositive();
        BacktestResult ets = Backtest.rollingOrigin(y, Forecaster.ets(12, EtsSpec.parse("AAA")), 60, 12, 12, 12);
        assertThat(ets.mean().mase()).isLessThan(r.mean().mase());
    }
}
