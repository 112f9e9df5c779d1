package org.itm.metrics.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * An estimated percentile reads the two ranks it interpolates between in one walk over a histogram; it must equal,
 * to the bit, the interpolation of the two ranks read one at a time, with negative values, positive values and
 * the ranks on either side of zero, in histograms recorded directly, merged or read back. The width of the
 * histograms' counts changes no encoded byte.
 */
class QuantilesProperties {

    private static final int LIMIT = 16;

    @Provide
    Arbitrary<List<Double>> values() {
        Arbitrary<Double> mixed = Arbitraries.doubles().between(-500, 500).ofScale(3);
        Arbitrary<Double> negative = Arbitraries.doubles().between(-500, -1e-6).ofScale(6);
        Arbitrary<Double> positive = Arbitraries.doubles().between(0, 500).ofScale(6);
        Arbitrary<Double> tiny = Arbitraries.of(-1e-6, 0.0, 1e-6, -2e-6, 2e-6);
        List<Arbitrary<Double>> kinds = List.of(mixed, negative, positive, tiny, Arbitraries.oneOf(negative, tiny));
        return Arbitraries.of(kinds).flatMap(kind -> kind.list().ofMinSize(LIMIT + 1).ofMaxSize(400));
    }

    @Property(tries = 300)
    void estimatedPercentileEqualsTheRanksReadOneAtATime(@ForAll("values") List<Double> values,
                                                        @ForAll @DoubleRange(min = 0.5, max = 99.5) double p,
                                                        @ForAll boolean merged,
                                                        @ForAll boolean written) throws IOException {
        // merged: the second half's histograms added into the first's, as the merge of parts does;
        // written: the state read back from what it wrote
        State.Quantiles q = new State.Quantiles(LIMIT, 2);
        State.Quantiles second = new State.Quantiles(LIMIT, 2);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            (merged && i >= values.size() / 2 ? second : q).add(v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        q.merge(second);
        if (written) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            q.writeTo(new DataOutputStream(bytes));
            q = new State.Quantiles(LIMIT, 2);
            q.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        }

        double estimate = q.percentile(p);

        assertThat(q.exact()).isFalse();
        long n = q.n();
        double h = (n - 1) * (p / 100.0);
        long lo = (long) Math.floor(h);
        double a = q.valueAtRank(lo);
        double v = lo + 1 >= n ? a : a + (h - lo) * (q.valueAtRank(lo + 1) - a);
        double expected = Math.min(max, Math.max(min, v));
        assertThat(Double.doubleToRawLongBits(estimate)).isEqualTo(Double.doubleToRawLongBits(expected));
    }

    /**
     * The states' {@code int}-count histograms encode to the same bytes as {@code long}-count histograms of the same
     * values (auto-resizing or sized up front), so states written with either width read back alike, and reading
     * gives back a histogram that encodes to the same bytes again.
     */
    @Property(tries = 200)
    void intCountsEncodeAsLongCountsOfTheSameValues(
            @ForAll @Size(max = 300) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> units,
            @ForAll boolean sizedUpFront) throws IOException {
        long highest = Math.max(2, 4 * units.stream().mapToLong(Long::longValue).max().orElse(1));
        AbstractHistogram narrow = sizedUpFront ? StateIo.histogram(highest, 2) : StateIo.histogram(2);
        Histogram wide = sizedUpFront ? new Histogram(1, highest, 2) : new Histogram(2);
        wide.setAutoResize(true);
        for (long u : units) {
            narrow.recordValue(u);
            wide.recordValue(u);
        }

        byte[] narrowBytes = encoded(narrow);

        assertThat(narrowBytes).isEqualTo(encoded(wide));
        AbstractHistogram read = StateIo.readHistogram(
                new DataInputStream(new ByteArrayInputStream(narrowBytes)));
        assertThat(encoded(read)).isEqualTo(narrowBytes);
        assertThat(encoded(StateIo.roomFor(narrow, Integer.MAX_VALUE))).isEqualTo(narrowBytes);
    }

    private static byte[] encoded(AbstractHistogram h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateIo.writeHistogram(h, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
