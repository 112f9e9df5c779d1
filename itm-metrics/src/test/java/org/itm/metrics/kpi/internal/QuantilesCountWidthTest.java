package org.itm.metrics.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Percentile histograms count in {@code int}s up to {@link Integer#MAX_VALUE} values and in {@code long}s beyond: a
 * state that grows past it by merging keeps every count, answers as before and reads back what it wrote.
 */
class QuantilesCountWidthTest {

    private static final int LIMIT = 16;
    /** 2^32 copies of each of 17 values: twice {@link Integer#MAX_VALUE} and more in every value's bucket. */
    private static final int DOUBLINGS = 32;

    /** 17 values, 8 of them negative, so both histograms of the state are used. */
    private static State.Quantiles seventeenValues() {
        State.Quantiles q = new State.Quantiles(LIMIT, 2);
        for (int i = -8; i <= 8; i++) {
            q.add(i * 1.5);
        }
        assertThat(q.exact()).isFalse();
        return q;
    }

    private static State.Quantiles doubled(State.Quantiles q, int times) {
        for (int i = 0; i < times; i++) {
            q.merge(q.copy());
        }
        return q;
    }

    @Test
    void aStateMergedPastTheIntRangeKeepsEveryCountAndItsPercentiles() {
        State.Quantiles small = seventeenValues();
        double[] expected = {small.percentile(25), small.percentile(50), small.percentile(75)};

        State.Quantiles big = doubled(seventeenValues(), DOUBLINGS);

        assertThat(big.n()).isEqualTo(17L << DOUBLINGS);
        // each value now appears 2^32 times; these three fall on one value's rank at 17 values, and on two ranks
        // within that value's run of copies after the doublings
        assertThat(new double[] {big.percentile(25), big.percentile(50), big.percentile(75)}).isEqualTo(expected);
        // rank by rank at the edges of one value's run of copies: 0 is the smallest value's bucket, the last rank of
        // the first run and the first rank of the second lie in neighbouring values' buckets
        long run = 1L << DOUBLINGS;
        assertThat(big.valueAtRank(run - 1)).isEqualTo(small.valueAtRank(0));
        assertThat(big.valueAtRank(run)).isEqualTo(small.valueAtRank(1));
        assertThat(big.valueAtRank(16 * run)).isEqualTo(small.valueAtRank(16));
    }

    @Test
    void aStatePastTheIntRangeReadsBackWhatItWrote() throws IOException {
        State.Quantiles big = doubled(seventeenValues(), DOUBLINGS);

        State.Quantiles read = readBack(big);

        assertThat(read.n()).isEqualTo(big.n());
        assertThat(read.percentile(50)).isEqualTo(big.percentile(50));
        assertThat(read.valueAtRank((1L << DOUBLINGS) * 9)).isEqualTo(big.valueAtRank((1L << DOUBLINGS) * 9));
        assertThat(written(read)).isEqualTo(written(big));
        // and goes on merging
        read.merge(big);
        assertThat(read.n()).isEqualTo(17L << (DOUBLINGS + 1));
        assertThat(read.percentile(50)).isEqualTo(big.percentile(50));
    }

    @Test
    void aValueRecordedIntoABucketHoldingTheIntMaximumWidensTheCounts() {
        // 2^31 - 1 = 17 * 126,322,567 + 8 copies of one value: sums of doubled 17-value states, then single values
        long copiesOfSeventeen = 126_322_567L;
        State.Quantiles power = sameValue(17);
        State.Quantiles full = sameValue(0);
        for (long bits = copiesOfSeventeen; bits != 0; bits >>>= 1) {
            if ((bits & 1) != 0) {
                full.merge(power.copy());
            }
            power.merge(power.copy());
        }
        for (int i = 0; i < 8; i++) {
            full.add(3.0);
        }
        assertThat(full.n()).isEqualTo(Integer.MAX_VALUE);
        double median = full.percentile(50);

        full.add(3.0);
        full.add(-3.0);

        assertThat(full.n()).isEqualTo(Integer.MAX_VALUE + 2L);
        assertThat(full.percentile(50)).isEqualTo(median);
        assertThat(full.valueAtRank(0)).isEqualTo(-full.valueAtRank(Integer.MAX_VALUE));
    }

    /** {@code count} copies of 3.0 in histogram mode (17 at least to get there, 0 for an empty state). */
    private static State.Quantiles sameValue(int count) {
        State.Quantiles q = new State.Quantiles(LIMIT, 2);
        for (int i = 0; i < count; i++) {
            q.add(3.0);
        }
        return q;
    }

    private static State.Quantiles readBack(State.Quantiles q) throws IOException {
        State.Quantiles read = new State.Quantiles(LIMIT, 2);
        read.readFrom(new DataInputStream(new ByteArrayInputStream(written(q))));
        return read;
    }

    private static byte[] written(State.Quantiles q) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        q.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
