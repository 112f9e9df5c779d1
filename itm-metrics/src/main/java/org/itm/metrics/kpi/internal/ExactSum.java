package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import org.itm.core.ItmValidationException;

/**
 * The exact sum of a multiset of doubles, so that neither the order of additions nor the way partial sums are
 * merged can change a result (floating-point addition is not associative) and no value is rounded on the way in.
 *
 * <p>Every finite double is an integer multiple of 2<sup>-1074</sup>, so the sum is kept as a fixed-point integer
 * in that unit: a window of 32-bit digits held in {@code long}s (a carry-save "superaccumulator"). A value adds its
 * 53-bit significand, shifted to its exponent, into at most three digits; the spare 31 bits of each {@code long}
 * absorb the carries of up to 2<sup>30</sup> additions before they are propagated. The window grows to the
 * exponents met, so a state holding durations in hours uses a handful of digits, not the 2,100 bits the whole
 * double range would need. Reading is the only rounding: {@link #value()}, {@link #scaled} and {@link #ratio} return
 * the double nearest the exact result (ties to even), an error of at most half an ulp of the result, whatever the
 * number, order or grouping of the values.
 */
final class ExactSum {

    /**
     * Largest magnitude a measure value may have. Sums need no limit; the bound exists for the percentile histograms,
     * which count values in millionths of the unit in a {@code long}, and applies to every aggregation so that
     * whether a value is accepted never depends on the KPI or on the size of a group.
     */
    static final double MAX_VALUE = 9e12;
    /** Resolution of the percentile histograms (millionths of the unit); sums are exact and do not use it. */
    static final double RESOLUTION = 1e6;

    private static final int DIGIT_BITS = 32;
    private static final long DIGIT_MASK = 0xFFFF_FFFFL;
    private static final int MIN_EXPONENT = -1074;
    private static final int SIGNIFICAND_BITS = 53;
    private static final int CARRY_SAVE_LIMIT = 1 << 30;

    /** Digit {@code i} has weight 2^(32 * (base + i) - 1074). Empty until the first non-zero value. */
    private long[] digits = new long[0];
    private int base;
    /** Additions since the digits were last normalised to [0, 2^32) (the top digit signed). */
    private int pending;

    void add(double value, String field) {
        if (!(Math.abs(value) < MAX_VALUE)) {
            throw new ItmValidationException(field, "value " + value + " is outside +-" + MAX_VALUE
                    + " or not finite");
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long significand = bits & 0x000F_FFFF_FFFF_FFFFL;
        if (biased != 0) {
            significand |= 1L << 52;
        } else if (significand == 0) {
            return; // +0 or -0
        }
        // value = +-significand * 2^(position - 1074); position >= 0
        int position = Math.max(biased, 1) - 1;
        int digit = position >>> 5;
        int shift = position & (DIGIT_BITS - 1);
        long d0 = (significand << shift) & DIGIT_MASK;
        // for shift 0 this shifts by 32, as wanted: the significand's bits above the first digit
        long rest = significand >>> (DIGIT_BITS - shift);
        long d1 = rest & DIGIT_MASK;
        long d2 = rest >>> DIGIT_BITS;
        long[] d = digits;
        int i = digit - base;
        // the three digits and the one above them, where carries go, must be in the window
        if (i < 0 || i + 3 >= d.length) {
            cover(digit, digit + 2);
            d = digits;
            i = digit - base;
        }
        // conditional negation without a branch: sign is 0 for a positive value and -1 for a negative one
        long sign = bits >> 63;
        d[i] += (d0 ^ sign) - sign;
        d[i + 1] += (d1 ^ sign) - sign;
        d[i + 2] += (d2 ^ sign) - sign;
        if (++pending >= CARRY_SAVE_LIMIT) {
            normalise();
        }
    }

    void merge(ExactSum other) {
        if (other.digits.length == 0) {
            return;
        }
        normalise();
        other.normalise();
        cover(other.base, other.base + other.digits.length - 1);
        int offset = other.base - base;
        for (int i = 0; i < other.digits.length; i++) {
            digits[offset + i] += other.digits[i];
        }
        pending = 2;
        normalise();
    }

    /** Writes the normalised digits: their base and count, then each digit. */
    void writeTo(DataOutput out) throws IOException {
        normalise();
        out.writeInt(base);
        out.writeInt(digits.length);
        for (long d : digits) {
            out.writeLong(d);
        }
    }

    /** Reads what {@link #writeTo} wrote, replacing this sum. */
    void readFrom(DataInput in) throws IOException {
        int b = in.readInt();
        int n = in.readInt();
        // the window never spans more than the double range (2^-1074 .. 2^1024 and carries): about 70 digits
        if (n < 0 || n > 80 || b < 0 || b > 80) {
            throw new ItmValidationException("state", "not an exact sum: " + n + " digits from " + b);
        }
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = in.readLong();
        }
        digits = d;
        base = b;
        pending = 0;
    }

    ExactSum copy() {
        ExactSum c = new ExactSum();
        c.digits = digits.clone();
        c.base = base;
        c.pending = pending;
        return c;
    }

    /** The double nearest the exact sum. */
    double value() {
        return nearest(integer(), exponent());
    }

    /** The double nearest {@code sum × multiplier / divisor}, rounded once; {@code divisor > 0}. */
    double scaled(long multiplier, long divisor) {
        return quotient(integer().multiply(BigInteger.valueOf(multiplier)), exponent(), BigInteger.valueOf(divisor),
                0);
    }

    /** The double nearest {@code numerator / denominator}, rounded once; NaN when the denominator is zero. */
    static double ratio(ExactSum numerator, ExactSum denominator) {
        BigInteger den = denominator.integer();
        if (den.signum() == 0) {
            return Double.NaN;
        }
        return quotient(numerator.integer(), numerator.exponent(), den, denominator.exponent());
    }

    /** Makes digits {@code from..to} (absolute indices) part of the window. */
    private void cover(int from, int to) {
        if (digits.length == 0) {
            // a little headroom above, where carries go
            digits = new long[to - from + 2];
            base = from;
            return;
        }
        int top = base + digits.length - 1;
        if (from >= base && to < top) {
            return;
        }
        int newBase = Math.min(base, from);
        int newTop = Math.max(top, to + 1);
        long[] grown = new long[newTop - newBase + 1];
        System.arraycopy(digits, 0, grown, base - newBase, digits.length);
        digits = grown;
        base = newBase;
    }

    /** Propagates carries so that every digit but the (signed) top one lies in [0, 2^32). */
    private void normalise() {
        if (pending == 0) {
            return;
        }
        long carry = 0;
        for (int i = 0; i < digits.length - 1; i++) {
            long d = digits[i] + carry;
            carry = d >> DIGIT_BITS;
            digits[i] = d & DIGIT_MASK;
        }
        digits[digits.length - 1] += carry;
        pending = 0;
        long top = digits[digits.length - 1];
        if (top > DIGIT_MASK || top < -DIGIT_MASK) {
            // keep room for the next carries: the top digit only ever grows by carries out of the one below
            cover(base, base + digits.length);
        }
    }

    private BigInteger integer() {
        normalise();
        BigInteger n = BigInteger.ZERO;
        for (int i = digits.length - 1; i >= 0; i--) {
            n = n.shiftLeft(DIGIT_BITS).add(BigInteger.valueOf(digits[i]));
        }
        return n;
    }

    private int exponent() {
        return DIGIT_BITS * base + MIN_EXPONENT;
    }

    /** The double nearest {@code (a × 2^ea) / (b × 2^eb)}, {@code b != 0}, rounded once. */
    private static double quotient(BigInteger a, int ea, BigInteger b, int eb) {
        if (a.signum() == 0) {
            return 0.0;
        }
        boolean negative = a.signum() != b.signum();
        BigInteger num = a.abs();
        BigInteger den = b.abs();
        // enough quotient bits that the rounding position lies above a sticky bit standing for the remainder
        int extra = Math.max(0, den.bitLength() - num.bitLength()) + SIGNIFICAND_BITS + 3;
        BigInteger[] qr = num.shiftLeft(extra).divideAndRemainder(den);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double magnitude = nearest(q, ea - eb - extra - 1);
        return negative ? -magnitude : magnitude;
    }

    /**
     * The double nearest {@code n × 2^e}, ties to even. The significand is rounded in integer arithmetic to the
     * bits the result can hold (53, fewer for a subnormal result), so the final scaling is exact.
     */
    private static double nearest(BigInteger n, int e) {
        if (n.signum() == 0) {
            return 0.0;
        }
        BigInteger m = n.abs();
        int drop = Math.max(m.bitLength() - SIGNIFICAND_BITS, MIN_EXPONENT - e);
        if (drop > 0) {
            BigInteger kept = m.shiftRight(drop);
            boolean half = m.testBit(drop - 1);
            boolean below = m.getLowestSetBit() < drop - 1;
            if (half && (below || kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            m = kept;
            e += drop;
        }
        double magnitude = m.signum() == 0 ? 0.0 : Math.scalb(m.doubleValue(), e);
        return n.signum() < 0 ? -magnitude : magnitude;
    }
}
