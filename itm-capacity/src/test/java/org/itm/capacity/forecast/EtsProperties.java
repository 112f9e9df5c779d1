package org.itm.capacity.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class EtsProperties {

    @Property(tries = 25)
    void automaticForecastsAreFiniteWithNestedIntervals(@ForAll @IntRange(min = 30, max = 120) int n,
                                                        @ForAll @DoubleRange(min = 0, max = 20) double noise,
                                                        @ForAll @DoubleRange(min = -1, max = 1) double slope,
                                                        @ForAll @IntRange(min = 1, max = 10_000) int seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 200 + slope * t + 15 * Math.sin(2 * Math.PI * t / 12) + noise * r.nextGaussian();
        }
        EtsSelection sel = Ets.auto(y, 12);
        Forecast f = sel.best().forecast(12);
        PredictionInterval p80 = f.interval(0.80).orElseThrow();
        PredictionInterval p95 = f.interval(0.95).orElseThrow();
        EtsParameters p = sel.best().parameters();
        assertThat(p.alpha()).isBetween(1e-4, 0.9999);
        assertThat(p.beta()).isLessThanOrEqualTo(p.alpha());
        assertThat(p.gamma()).isLessThanOrEqualTo(1 - p.alpha() + 1e-12);
        for (int h = 0; h < 12; h++) {
            assertThat(f.mean(h)).isFinite();
            assertThat(p95.lower(h)).isLessThanOrEqualTo(p80.lower(h));
            assertThat(p80.upper(h)).isLessThanOrEqualTo(p95.upper(h));
        }
        assertThat(sel.candidates().get(0).aicc()).isEqualTo(sel.best().aicc());
    }
}
