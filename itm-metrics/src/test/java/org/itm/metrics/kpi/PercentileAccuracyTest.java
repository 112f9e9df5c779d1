package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sketch behind large-group percentiles keeps the relative error at p50, p90 and p99 within 1 %. */
class PercentileAccuracyTest {

    private static final Instant T = Instant.parse("2026-01-15T00:00:00Z");

    private static RecordSchema<double[]> schema() {
        return RecordSchema.<double[]>builder("value")
                .measure("v", a -> a[0])
                .time("t", a -> Optional.of(T))
                .build();
    }

    private static KpiDefinition p(double percentile) {
        return KpiDefinition.builder("p" + (int) percentile).name("p").unit("x").direction(KpiDirection.LOWER_IS_BETTER)
                .percentile(percentile, "v").timeField("t").build();
    }

    @Test
    void relativeErrorAtMostOnePercentOnAMillionLogNormalValues() {
        checkDistribution(new SplittableRandom(42), true);
    }

    @Test
    void relativeErrorAtMostOnePercentOnAMillionUniformValues() {
        checkDistribution(new SplittableRandom(7), false);
    }

    private static void checkDistribution(SplittableRandom random, boolean logNormal) {
        int n = 1_000_000;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = logNormal ? Math.exp(random.nextGaussian()) : 1 + 999 * random.nextDouble();
        }
        KpiEngine<double[]> engine = KpiEngine.create(schema(), List.of(p(50), p(90), p(99)));
        KpiAggregator<double[]> agg = engine.newAggregator();
        double[] box = new double[1];
        for (double v : values) {
            box[0] = v;
            agg.add(box);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {50, 90, 99}) {
            double exact = exactPercentile(sorted, q);
            KpiResult r = agg.results().total("p" + (int) q).orElseThrow();
            assertThat(r.exact()).isFalse();
            assertThat(Math.abs(r.value() - exact) / exact).as("relative error at p%s", q).isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void smallGroupsAreExact() {
        KpiEngine<double[]> engine = KpiEngine.create(schema(), List.of(p(50), p(90), p(99)));
        KpiAggregator<double[]> agg = engine.newAggregator();
        double[] values = new double[KpiEngine.EXACT_PERCENTILE_LIMIT];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 100;
            agg.add(new double[] {values[i]});
        }
        Arrays.sort(values);
        for (double q : new double[] {50, 90, 99}) {
            KpiResult r = agg.results().total("p" + (int) q).orElseThrow();
            assertThat(r.exact()).isTrue();
            assertThat(r.value()).isEqualTo(exactPercentile(values, q));
        }
    }

    static double exactPercentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100;
        int lo = (int) Math.floor(h);
        return lo + 1 >= sorted.length ? sorted[lo] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** Histogram merges add bucket counts, so any split and merge order gives exactly the single-pass answer. */
    @Test
    void histogramStatesMergedInAnyOrderEqualTheSinglePassExactly() {
        int n = 200_000;
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.exp(random.nextGaussian()) * (i % 10 == 0 ? -1 : 1);
        }
        KpiEngine<double[]> engine = KpiEngine.create(schema(), List.of(p(50), p(90), p(99)));
        KpiAggregator<double[]> single = engine.newAggregator();
        java.util.List<KpiAggregator<double[]>> parts = new java.util.ArrayList<>();
        int from = 0;
        while (from < n) {
            int to = Math.min(n, from + 1 + random.nextInt(40_000));
            KpiAggregator<double[]> part = engine.newAggregator();
            for (int i = from; i < to; i++) {
                part.add(new double[] {values[i]});
                single.add(new double[] {values[i]});
            }
            parts.add(part);
            from = to;
        }
        java.util.Collections.shuffle(parts, new java.util.Random(5));
        KpiAggregator<double[]> merged = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            merged = parts.get(i).merge(merged);
        }
        assertThat(merged.results()).isEqualTo(single.results());
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {50, 90, 99}) {
            double exact = exactPercentile(sorted, q);
            double got = merged.results().total("p" + (int) q).orElseThrow().value();
            assertThat(Math.abs(got - exact) / Math.abs(exact)).as("p%s after merging %s parts", q, parts.size())
                    .isLessThanOrEqualTo(0.01);
        }
    }
}
