package org.itm.metrics.kpi.internal;

import com.tdunning.math.stats.MergingDigest;
import com.tdunning.math.stats.TDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Mergeable partial state of one KPI for one group and window. */
abstract class State {

    /** Records that contributed. */
    abstract long n();

    abstract State copy();

    /** Adds {@code other} (of the same class) into this state. */
    abstract void merge(State other);

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
    }

    /**
     * Raw values up to a limit (exact answers), then a t-digest. Raw values are sorted only when read, so the
     * answer does not depend on insertion or merge order.
     */
    static final class Quantiles extends State {
        private final int limit;
        private final double compression;
        private double[] values;
        private int size;
        private TDigest digest;
        private long n;

        Quantiles(int limit, double compression) {
            this.limit = limit;
            this.compression = compression;
            this.values = new double[8];
        }

        void add(double v) {
            n++;
            if (digest != null) {
                digest.add(v);
                return;
            }
            if (size == limit) {
                toDigest();
                digest.add(v);
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.min(limit, size * 2));
            }
            values[size++] = v;
        }

        private void toDigest() {
            digest = new MergingDigest(compression);
            for (int i = 0; i < size; i++) {
                digest.add(values[i]);
            }
            values = new double[0];
            size = 0;
        }

        @Override
        long n() {
            return n;
        }

        @Override
        boolean exact() {
            return digest == null;
        }

        @Override
        State copy() {
            Quantiles c = new Quantiles(limit, compression);
            c.n = n;
            if (digest != null) {
                // a byte-level copy keeps every centroid; re-adding them would compress again and lose accuracy
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(digest.byteSize());
                digest.asBytes(bytes);
                bytes.flip();
                c.digest = MergingDigest.fromBytes(bytes);
                c.values = new double[0];
            } else {
                c.values = Arrays.copyOf(values, Math.max(size, 1));
                c.size = size;
            }
            return c;
        }

        @Override
        void merge(State other) {
            Quantiles o = (Quantiles) other;
            if (digest == null && o.digest == null && size + o.size <= limit) {
                if (values.length < size + o.size) {
                    values = Arrays.copyOf(values, size + o.size);
                }
                System.arraycopy(o.values, 0, values, size, o.size);
                size += o.size;
                n += o.n;
                return;
            }
            if (digest == null) {
                toDigest();
            }
            if (o.digest != null) {
                digest.add(o.digest);
            } else {
                for (int i = 0; i < o.size; i++) {
                    digest.add(o.values[i]);
                }
            }
            n += o.n;
        }

        /** The {@code p}-th percentile (0 &lt; p &lt; 100). */
        double percentile(double p) {
            if (digest != null) {
                return digest.quantile(p / 100.0);
            }
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double h = (size - 1) * (p / 100.0);
            int lo = (int) Math.floor(h);
            if (lo + 1 >= size) {
                return sorted[size - 1];
            }
            return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        }
    }
}
