package org.itm.examples.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting with a fixed locale, so that a report is byte-for-byte the same on every machine. */
public final class Fmt {

    private static final int MAX_DECIMALS = 6;

    private Fmt() {
    }

    /** An SVG coordinate with one decimal; refuses NaN and infinities, which would make the drawing silently vanish. */
    public static String coord(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite SVG coordinate " + v);
        }
        return plain(v, 1);
    }

    /** {@code v} with exactly {@code decimals} decimals and thousands separators (Locale.ROOT: comma, dot). */
    public static String grouped(double v, int decimals) {
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        String s = String.format(Locale.ROOT, "%,." + d + "f", v);
        return negativeZero(s);
    }

    /** {@code v} with up to two decimals, trailing zeros dropped ({@code 99.5}, {@code 12}, {@code 0.25}). */
    public static String auto(double v) {
        BigDecimal bd = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        int decimals = Math.max(0, bd.scale());
        return grouped(bd.doubleValue(), decimals);
    }

    /** {@code v} with exactly {@code decimals} decimals and no grouping, for coordinates and data attributes. */
    public static String plain(double v, int decimals) {
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        return negativeZero(String.format(Locale.ROOT, "%." + d + "f", v));
    }

    /**
     * A tick label for a linear axis whose ticks are {@code step} apart: enough decimals to tell ticks apart,
     * and k/M/G suffixes once the numbers get long.
     */
    public static String tick(double v, double step, double largest) {
        if (v == 0) {
            return "0";
        }
        double divisor = 1;
        String suffix = "";
        if (largest >= 1e9) {
            divisor = 1e9;
            suffix = "G";
        } else if (largest >= 1e6) {
            divisor = 1e6;
            suffix = "M";
        } else if (largest >= 1e5) {
            divisor = 1e3;
            suffix = "k";
        }
        double scaledStep = step / divisor;
        int decimals = 0;
        if (scaledStep > 0 && Double.isFinite(scaledStep)) {
            decimals = Math.max(0, new BigDecimal(scaledStep).round(new MathContext(10)).stripTrailingZeros().scale());
        }
        return grouped(v / divisor, decimals) + suffix;
    }

    /** A short label such as 1k, 2.5M or 0.01 for one value of a logarithmic axis. */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return auto(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return auto(v / 1e6) + "M";
        }
        if (a >= 1e3) {
            return auto(v / 1e3) + "k";
        }
        if (a >= 0.01 || a == 0) {
            return auto(v);
        }
        return negativeZero(String.format(Locale.ROOT, "%.0e", v));
    }

    private static String negativeZero(String s) {
        if (s.startsWith("-") && s.chars().skip(1).allMatch(ch -> ch == '0' || ch == '.' || ch == ',')) {
            return s.substring(1);
        }
        return s;
    }
}
