package org.itm.core.time.internal;

import java.util.Arrays;

/**
 * Sets of local time ranges within one date, as flat arrays {@code [s0, e0, s1, e1, ...]} of seconds of the day
 * ({@code 0..86400}); every array handed out is sorted, non-overlapping, without empty or touching ranges.
 */
public final class DayRanges {

    /** Seconds in a local day (a wall-clock day, regardless of daylight saving). */
    public static final int DAY = 86_400;

    static final int[] NONE = new int[0];

    private DayRanges() {
    }

    /** Sorts the ranges and merges overlapping or touching ones; drops empty ones. Does not modify its input. */
    public static int[] normalize(int[] ranges) {
        int n = ranges.length / 2;
        if (n == 0) {
            return NONE;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ranges[2 * i] << 32) | (ranges[2 * i + 1] & 0xFFFF_FFFFL);
        }
        Arrays.sort(packed);
        int[] out = new int[2 * n];
        int len = 0;
        for (long p : packed) {
            int s = (int) (p >> 32);
            int e = (int) p;
            if (e <= s) {
                continue;
            }
            if (len > 0 && s <= out[len - 1]) {
                out[len - 1] = Math.max(out[len - 1], e);
            } else {
                out[len++] = s;
                out[len++] = e;
            }
        }
        return len == out.length ? out : Arrays.copyOf(out, len);
    }

    /** The part of {@code ranges} outside {@code cut}; both normalized. */
    public static int[] subtract(int[] ranges, int[] cut) {
        if (ranges.length == 0 || cut.length == 0) {
            return ranges;
        }
        int[] out = new int[ranges.length + cut.length];
        int len = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            int s = ranges[i];
            int e = ranges[i + 1];
            for (int j = 0; j < cut.length && s < e; j += 2) {
                int cs = cut[j];
                int ce = cut[j + 1];
                if (ce <= s || cs >= e) {
                    continue;
                }
                if (cs > s) {
                    out[len++] = s;
                    out[len++] = cs;
                }
                s = Math.max(s, ce);
            }
            if (s < e) {
                out[len++] = s;
                out[len++] = e;
            }
        }
        return normalize(Arrays.copyOf(out, len));
    }

    /** Total seconds covered by normalized {@code ranges}. */
    public static int total(int[] ranges) {
        int sum = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            sum += ranges[i + 1] - ranges[i];
        }
        return sum;
    }
}
