package org.itm.risk.fair.internal;

import java.util.Arrays;

/**
 * Sorts large arrays of finite doubles with an LSD radix sort on their order-preserving bit patterns: four passes
 * of 16 bits, several times faster than a comparison sort for the million-year samples of a simulation. Small
 * arrays use {@link Arrays#sort(double[])}. The order equals {@code Arrays.sort} for finite values.
 */
public final class DoubleSort {

    private static final int RADIX_THRESHOLD = 50_000;
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private DoubleSort() {
    }

    /** Sorts {@code values} (all finite) in place, ascending. */
    public static void sort(double[] values) {
        int n = values.length;
        if (n < RADIX_THRESHOLD) {
            Arrays.sort(values);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            // flip all bits of negatives, only the sign of positives: unsigned order of keys = numeric order
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        long[] buffer = new long[n];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += BITS) {
            Arrays.fill(counts, 0);
            for (long k : keys) {
                counts[(int) ((k >>> shift) & (BUCKETS - 1))]++;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (long k : keys) {
                buffer[counts[(int) ((k >>> shift) & (BUCKETS - 1))]++] = k;
            }
            long[] swap = keys;
            keys = buffer;
            buffer = swap;
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            values[i] = Double.longBitsToDouble(k ^ (((~k) >> 63) | Long.MIN_VALUE));
        }
    }
}
