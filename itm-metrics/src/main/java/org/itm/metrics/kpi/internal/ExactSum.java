package org.itm.metrics.kpi.internal;

import org.itm.core.ItmValidationException;

/**
 * A sum of doubles kept exactly as a 128-bit count of millionths, so that the order of additions and merges
 * cannot change the result (floating-point addition is not associative).
 */
final class ExactSum {

    static final double RESOLUTION = 1e6;
    /** Largest magnitude one value may have so that its millionths fit in a long. */
    static final double MAX_VALUE = 9e12;
    private static final double TWO_64 = 18446744073709551616.0;

    private long hi;
    private long lo;

    void add(double value, String field) {
        if (!(Math.abs(value) < MAX_VALUE)) {
            throw new ItmValidationException(field, "value " + value + " is outside +-" + MAX_VALUE
                    + " or not finite");
        }
        addUnits(Math.round(value * RESOLUTION));
    }

    private void addUnits(long v) {
        long newLo = lo + v;
        long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0;
        hi += (v >> 63) + carry;
        lo = newLo;
    }

    void merge(ExactSum other) {
        long newLo = lo + other.lo;
        long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0;
        hi += other.hi + carry;
        lo = newLo;
    }

    void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeLong(hi);
        out.writeLong(lo);
    }

    void readFrom(java.io.DataInput in) throws java.io.IOException {
        hi = in.readLong();
        lo = in.readLong();
    }

    ExactSum copy() {
        ExactSum c = new ExactSum();
        c.hi = hi;
        c.lo = lo;
        return c;
    }

    double value() {
        double unsignedLo = lo >= 0 ? (double) lo : (double) (lo >>> 1) * 2.0 + (lo & 1);
        return (hi * TWO_64 + unsignedLo) / RESOLUTION;
    }
}
