package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import org.itm.core.ItmValidationException;
import org.jspecify.annotations.Nullable;

/** Mergeable partial state of one KPI for one group and window. */
abstract class State {

    /** Records that contributed. */
    abstract long n();

    abstract State copy();

    /** Adds {@code other} (of the same class) into this state. */
    abstract void merge(State other);

    /** Writes this state's content; the reader knows its class from the slot. */
    abstract void writeTo(DataOutput out) throws IOException;

    /** Replaces this (new, empty) state's content by what {@link #writeTo} wrote. */
    abstract void readFrom(DataInput in) throws IOException;

    /** False when the value is an estimate. */
    boolean exact() {
        return true;
    }

    static final class Count extends State {
        long n;

        @Override
        long n() {
            return n;
        }

        @Override
        State copy() {
            Count c = new Count();
            c.n = n;
            return c;
        }

        @Override
        void merge(State other) {
            n += ((Count) other).n;
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            out.writeLong(n);
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            n = in.readLong();
        }
    }

    /** Sum, mean and rate-of-a-sum. */
    static final class Sum extends State {
        long n;
        final ExactSum sum;

        Sum() {
            this(new ExactSum());
        }

        private Sum(ExactSum sum) {
            this.sum = sum;
        }

        @Override
        long n() {
            return n;
        }

        @Override
        State copy() {
            Sum c = new Sum(sum.copy());
            c.n = n;
            return c;
        }

        @Override
        void merge(State other) {
            Sum o = (Sum) other;
            n += o.n;
            sum.merge(o.sum);
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            out.writeLong(n);
            sum.writeTo(out);
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            n = in.readLong();
            sum.readFrom(in);
        }
    }

    static final class Ratio extends State {
        long numerator;
        long denominator;

        @Override
        long n() {
            return denominator;
        }

        @Override
        State copy() {
            Ratio c = new Ratio();
            c.numerator = numerator;
            c.denominator = denominator;
            return c;
        }

        @Override
        void merge(State other) {
            Ratio o = (Ratio) other;
            numerator += o.numerator;
            denominator += o.denominator;
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            out.writeLong(numerator);
            out.writeLong(denominator);
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            numerator = in.readLong();
            denominator = in.readLong();
        }
    }

    static final class SumRatio extends State {
        long n;
        final ExactSum numerator;
        final ExactSum denominator;

        SumRatio() {
            this(new ExactSum(), new ExactSum());
        }

        private SumRatio(ExactSum numerator, ExactSum denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
        }

        @Override
        long n() {
            return n;
        }

        @Override
        State copy() {
            SumRatio c = new SumRatio(numerator.copy(), denominator.copy());
            c.n = n;
            return c;
        }

        @Override
        void merge(State other) {
            SumRatio o = (SumRatio) other;
            n += o.n;
            numerator.merge(o.numerator);
            denominator.merge(o.denominator);
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            out.writeLong(n);
            numerator.writeTo(out);
            denominator.writeTo(out);
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            n = in.readLong();
            numerator.readFrom(in);
            denominator.readFrom(in);
        }
    }

    static final class Distinct extends State {
        final Set<String> values;

        Distinct() {
            this(new HashSet<>());
        }

        private Distinct(Set<String> values) {
            this.values = values;
        }

        long n;

        @Override
        long n() {
            return n;
        }

        @Override
        State copy() {
            Distinct c = new Distinct(new HashSet<>(values));
            c.n = n;
            return c;
        }

        @Override
        void merge(State other) {
            Distinct o = (Distinct) other;
            values.addAll(o.values);
            n += o.n;
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            out.writeLong(n);
            out.writeInt(values.size());
            for (String v : values) {
                StateIo.writeString(v, out);
            }
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            n = in.readLong();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                values.add(StateIo.readString(in));
            }
        }
    }

    /**
     * Raw values up to a limit (exact answers), then HdrHistograms of the values in millionths of the unit (the
     * resolution of the exact sums): one for values at or above zero and one for the magnitudes of negative values.
     * Integer histograms are used rather than {@code DoubleHistogram}: their buckets sit at fixed boundaries, so the
     * histogram of a set of values is the same whatever the order of recording and merging, whereas a
     * {@code DoubleHistogram}'s auto-ranging depends on the first values and can refuse a merge. Raw values are
     * sorted only when read, so neither the order of additions nor of merges changes an answer.
     *
     * <p>The histograms count in {@code int}s while they hold at most {@link Integer#MAX_VALUE} values (no bucket can
     * overflow then), half the memory and cache lines of {@code long} counts, and switch to {@code long} counts
     * before a recording or a merge would take them past it ({@link StateIo#roomFor}). The buckets, and so every
     * answer and the encoded form, do not depend on the width of the counts.
     */
    static final class Quantiles extends State {
        private static final int PENDING = 32;
        /** Values of larger magnitude (in units) are recorded at once; every value of the engine's range fits. */
        private static final long PENDING_LIMIT = 1L << 53;
        private final int limit;
        private final int digits;
        private double[] values;
        private int size;
        /** Whether the raw values are in ascending order (reading sorts them in place; order changes no answer). */
        private boolean sorted;
        private @Nullable AbstractHistogram positive;
        private @Nullable AbstractHistogram negative;
        // exact extremes: a histogram only knows its buckets, and estimates are clamped to what was really seen
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private long n;
        // histogram mode: values in units not yet recorded, in arrival order. Recording one value at a time touches
        // a random line of a histogram's counts for every record; a batch of them is recorded at once (the misses
        // overlap), in the same order, into the same histograms, before anything reads or copies them.
        private long @Nullable [] pending;
        private int pendingSize;

        Quantiles(int limit, int digits) {
            this.limit = limit;
            this.digits = digits;
            this.values = new double[8];
        }

        /** Rejects values beyond {@link ExactSum#MAX_VALUE} whatever the group size, so no answer depends on it. */
        static void check(double v, String field) {
            if (!(Math.abs(v) < ExactSum.MAX_VALUE)) {
                throw new ItmValidationException(field, "value " + v + " is outside +-" + ExactSum.MAX_VALUE
                        + " or not finite");
            }
        }

        void add(double v) {
            if (positive != null) {
                buffer(v);
                return;
            }
            if (size == limit) {
                toHistogram();
                buffer(v);
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.min(limit, size * 2));
            }
            values[size++] = v;
            sorted = false;
            n++;
        }

        /** As {@link #record}, with the recording itself deferred to the next {@link #flush}. */
        private void buffer(double v) {
            long units = Math.round(v * ExactSum.RESOLUTION);
            if (units > PENDING_LIMIT || units < -PENDING_LIMIT) {
                // a histogram may have to grow far for it (or refuse it): record it now, after those before it
                flush();
                reserve(1);
                recordUnits(units);
            } else {
                long[] p = pending;
                if (p == null) {
                    p = new long[PENDING];
                    pending = p;
                }
                p[pendingSize++] = units;
                if (pendingSize == PENDING) {
                    flush();
                }
            }
            extremes(v);
        }

        /** Records the pending values, oldest first. */
        private void flush() {
            long[] p = pending;
            if (p == null) {
                return;
            }
            int count = pendingSize;
            reserve(count);
            for (int i = 0; i < count; i++) {
                recordUnits(p[i]);
            }
            pendingSize = 0;
        }

        /**
         * Makes the histograms able to take {@code more} further values ({@link StateIo#roomFor}), once for a run of
         * recordings rather than once per value: no bucket can then overflow during the run.
         */
        private void reserve(long more) {
            // only called in histogram mode, where positive is set
            positive = StateIo.roomFor(Objects.requireNonNull(positive), more);
            AbstractHistogram neg = negative;
            if (neg != null) {
                negative = StateIo.roomFor(neg, more);
            }
        }

        private void record(double v) {
            recordUnits(Math.round(v * ExactSum.RESOLUTION));
            extremes(v);
        }

        /** Records one value, after {@link #reserve} made room for the run it belongs to. */
        private void recordUnits(long units) {
            if (units >= 0) {
                Objects.requireNonNull(positive, "set by toHistogram").recordValue(units);
            } else {
                AbstractHistogram h = negative;
                if (h == null) {
                    h = StateIo.histogram(digits);
                    negative = h;
                }
                h.recordValue(-units);
            }
        }

        private void extremes(double v) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            n++;
        }

        private void toHistogram() {
            double[] raw = values;
            int count = size;
            long largest = 0;
            long smallest = 0;
            for (int i = 0; i < count; i++) {
                long units = Math.round(raw[i] * ExactSum.RESOLUTION);
                largest = Math.max(largest, units);
                smallest = Math.min(smallest, units);
            }
            positive = histogram(largest);
            if (smallest < 0) {
                negative = histogram(-smallest);
            }
            values = new double[0];
            size = 0;
            n = 0;
            reserve(count);
            for (int i = 0; i < count; i++) {
                record(raw[i]);
            }
        }

        /**
         * An auto-resizing histogram with room for values up to about 4 × {@code largest} from the start. Buckets
         * sit at the same boundaries whatever the initial range (they depend on the significant digits only), so
         * this changes no answer; it spares the dozens of copies of the counts that growing from the smallest range
         * one bucket at a time would make (most of the engine's garbage before).
         */
        private AbstractHistogram histogram(long largest) {
            if (largest <= 0 || largest > Long.MAX_VALUE / 8) {
                return StateIo.histogram(digits);
            }
            return StateIo.histogram(Math.max(2, 4 * largest), digits);
        }

        @Override
        long n() {
            return n;
        }

        @Override
        boolean exact() {
            return positive == null;
        }

        @Override
        State copy() {
            flush();
            Quantiles c = new Quantiles(limit, digits);
            c.n = n;
            c.min = min;
            c.max = max;
            if (positive != null) {
                c.positive = positive.copy();
                c.negative = negative == null ? null : negative.copy();
                c.values = new double[0];
            } else {
                c.values = Arrays.copyOf(values, Math.max(size, 1));
                c.size = size;
                c.sorted = sorted;
            }
            return c;
        }

        @Override
        void merge(State other) {
            Quantiles o = (Quantiles) other;
            flush();
            o.flush();
            if (positive == null && o.positive == null && size + o.size <= limit) {
                if (values.length < size + o.size) {
                    // doubling, as add does: merging many small parts must not copy the raw values once per part
                    values = Arrays.copyOf(values, Math.min(limit, Math.max(size + o.size, 2 * values.length)));
                }
                System.arraycopy(o.values, 0, values, size, o.size);
                size += o.size;
                sorted = false;
                n += o.n;
                return;
            }
            if (positive == null) {
                toHistogram();
            }
            if (o.positive == null) {
                reserve(o.size);
                for (int i = 0; i < o.size; i++) {
                    record(o.values[i]);
                }
                return;
            }
            // histogram merges add bucket counts: exact, associative and commutative
            AbstractHistogram p = StateIo.roomFor(Objects.requireNonNull(positive, "set by toHistogram"),
                    o.positive.getTotalCount());
            positive = p;
            p.add(o.positive);
            if (o.negative != null) {
                AbstractHistogram h = negative == null ? StateIo.histogram(digits)
                        : StateIo.roomFor(negative, o.negative.getTotalCount());
                negative = h;
                h.add(o.negative);
            }
            min = Math.min(min, o.min);
            max = Math.max(max, o.max);
            n += o.n;
        }

        @Override
        void writeTo(DataOutput out) throws IOException {
            flush();
            out.writeLong(n);
            out.writeDouble(min);
            out.writeDouble(max);
            out.writeBoolean(positive != null);
            if (positive == null) {
                out.writeInt(size);
                for (int i = 0; i < size; i++) {
                    out.writeDouble(values[i]);
                }
            } else {
                StateIo.writeHistogram(positive, out);
                out.writeBoolean(negative != null);
                if (negative != null) {
                    StateIo.writeHistogram(negative, out);
                }
            }
        }

        @Override
        void readFrom(DataInput in) throws IOException {
            n = in.readLong();
            min = in.readDouble();
            max = in.readDouble();
            if (!in.readBoolean()) {
                size = in.readInt();
                sorted = false;
                values = new double[Math.max(size, 8)];
                for (int i = 0; i < size; i++) {
                    values[i] = in.readDouble();
                }
            } else {
                values = new double[0];
                size = 0;
                positive = StateIo.readHistogram(in);
                negative = in.readBoolean() ? StateIo.readHistogram(in) : null;
            }
        }

        /** The {@code p}-th percentile (0 &lt; p &lt; 100), interpolated between closest ranks as PERCENTILE.INC. */
        double percentile(double p) {
            if (positive != null) {
                flush();
                double h = (n - 1) * (p / 100.0);
                long lo = (long) Math.floor(h);
                double v;
                if (lo + 1 >= n) {
                    v = valueAtRank(lo);
                } else {
                    // ranks lo and lo + 1 from one walk over the buckets, not one walk each
                    double[] ab = valuesAtRanks(lo);
                    double a = ab[0];
                    v = a + (h - lo) * (ab[1] - a);
                }
                return Math.min(max, Math.max(min, v));
            }
            if (!sorted) {
                // in place, once for every percentile read until the next addition: the values are a multiset
                Arrays.sort(values, 0, size);
                sorted = true;
            }
            double[] v = values;
            double h = (size - 1) * (p / 100.0);
            int lo = (int) Math.floor(h);
            if (lo + 1 >= size) {
                return v[size - 1];
            }
            return v[lo] + (h - lo) * (v[lo + 1] - v[lo]);
        }

        /** The estimated value of 0-based rank {@code rank} in ascending order: the middle of its bucket. */
        double valueAtRank(long rank) {
            AbstractHistogram neg = negative;
            long negatives = neg == null ? 0 : neg.getTotalCount();
            if (neg != null && rank < negatives) {
                return -bucketMiddleAt(neg, negatives - 1 - rank);
            }
            // ranks are asked of a state in histogram mode only
            return bucketMiddleAt(Objects.requireNonNull(positive), rank - negatives);
        }

        /** {@code {valueAtRank(rank), valueAtRank(rank + 1)}}, walking each histogram at most once. */
        private double[] valuesAtRanks(long rank) {
            AbstractHistogram neg = negative;
            long negatives = neg == null ? 0 : neg.getTotalCount();
            if (neg != null && rank + 1 < negatives) {
                // both negative: in the magnitudes' histogram, rank + 1 is the smaller magnitude
                double[] m = bucketMiddlesAt(neg, negatives - 2 - rank);
                return new double[] {-m[1], -m[0]};
            }
            if (rank >= negatives) {
                return bucketMiddlesAt(Objects.requireNonNull(positive), rank - negatives);
            }
            return new double[] {valueAtRank(rank), valueAtRank(rank + 1)};
        }

        /**
         * {@code {bucketMiddleAt(h, rank), bucketMiddleAt(h, rank + 1)}} from one walk over the buckets, from the
         * smallest recorded value's bucket (the counts below it are all zero) to the largest's, bucket by bucket.
         */
        private static double[] bucketMiddlesAt(AbstractHistogram h, long rank) {
            double[] out = new double[2];
            boolean first = false;
            long seen = 0;
            long last = h.getMaxValue();
            for (long v = h.lowestEquivalentValue(h.getMinValue()); v <= last; v = h.nextNonEquivalentValue(v)) {
                long count = h.getCountAtValue(v);
                if (count == 0) {
                    continue;
                }
                seen += count;
                if (!first && seen > rank) {
                    out[0] = h.medianEquivalentValue(v) / ExactSum.RESOLUTION;
                    first = true;
                }
                if (seen > rank + 1) {
                    out[1] = h.medianEquivalentValue(v) / ExactSum.RESOLUTION;
                    return out;
                }
            }
            double top = h.getMaxValue() / ExactSum.RESOLUTION;
            if (!first) {
                out[0] = top;
            }
            out[1] = top;
            return out;
        }

        private static double bucketMiddleAt(AbstractHistogram h, long rank) {
            long seen = 0;
            for (HistogramIterationValue v : h.recordedValues()) {
                seen += v.getCountAtValueIteratedTo();
                if (seen > rank) {
                    return h.medianEquivalentValue(v.getValueIteratedTo()) / ExactSum.RESOLUTION;
                }
            }
            return h.getMaxValue() / ExactSum.RESOLUTION;
        }
    }
}
