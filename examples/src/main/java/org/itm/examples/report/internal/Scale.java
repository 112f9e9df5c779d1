package org.itm.examples.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values to pixels along one axis, with "nice" tick values. Degenerate data (nothing, one value,
 * all values equal) still gets a usable, non-empty range so that no coordinate is ever NaN.
 */
public final class Scale {

    private static final int TARGET_TICKS = 5;
    private static final double LIMIT = 1e150;

    private final double min;
    private final double max;
    private final double pixelFrom;
    private final double pixelTo;
    private final boolean log;
    private final double step;
    private final List<Double> explicitTicks;

    private Scale(double min, double max, double pixelFrom, double pixelTo, boolean log, double step) {
        this(min, max, pixelFrom, pixelTo, log, step, List.of());
    }

    private Scale(double min, double max, double pixelFrom, double pixelTo, boolean log, double step,
            List<Double> explicitTicks) {
        this.explicitTicks = List.copyOf(explicitTicks);
        this.min = min;
        this.max = max;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
        this.log = log;
        this.step = step;
    }

    /**
     * A linear scale covering every value in {@code values} (and zero when {@code includeZero}), widened to
     * whole tick steps.
     */
    public static Scale linear(double[] values, boolean includeZero, double pixelFrom, double pixelTo) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        // Beyond this, differences and tick steps overflow; such values are pinned to the axis ends.
        lo = Math.max(-LIMIT, Math.min(LIMIT, lo));
        hi = Math.max(-LIMIT, Math.min(LIMIT, hi));
        if (includeZero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / TARGET_TICKS);
        double niceLo = Math.floor(lo / step) * step;
        double niceHi = Math.ceil(hi / step) * step;
        if (niceHi <= niceLo) {
            niceHi = niceLo + step;
        }
        return new Scale(niceLo, niceHi, pixelFrom, pixelTo, false, step);
    }

    /** A base-10 logarithmic scale over whole decades; values that are not positive are ignored. */
    public static Scale log10(double[] values, double pixelFrom, double pixelTo) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 1;
            hi = 10;
        }
        double decadeLo = Math.floor(Math.log10(lo));
        double decadeHi = Math.ceil(Math.log10(hi));
        if (decadeHi <= decadeLo) {
            decadeHi = decadeLo + 1;
        }
        return new Scale(decadeLo, decadeHi, pixelFrom, pixelTo, true, 1);
    }

    /**
     * A linear scale over epoch days whose ticks fall on the first day of a month (every 1, 2, 3, 6 or 12
     * months, whichever gives at most seven ticks); short ranges fall back to {@link #linear}.
     */
    public static Scale dates(double[] epochDays, double pixelFrom, double pixelTo) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : epochDays) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi || hi - lo < 62 || hi - lo > 365.0 * 200) {
            return linear(epochDays, false, pixelFrom, pixelTo);
        }
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(lo)).withDayOfMonth(1);
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(hi));
        if (last.getDayOfMonth() != 1) {
            last = last.withDayOfMonth(1).plusMonths(1);
        }
        long months = ChronoUnit.MONTHS.between(first, last);
        int every = 12;
        for (int candidate : new int[] {1, 2, 3, 6, 12}) {
            if (months / candidate <= 6) {
                every = candidate;
                break;
            }
        }
        if (every == 12 && months / 12 > 6) {
            return linear(epochDays, false, pixelFrom, pixelTo);
        }
        first = first.withMonth(((first.getMonthValue() - 1) / every) * every + 1);
        List<Double> ticks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(every)) {
            ticks.add((double) d.toEpochDay());
        }
        double end = ticks.get(ticks.size() - 1);
        if (end < last.toEpochDay()) {
            end = first.plusMonths((long) every * ticks.size()).toEpochDay();
            ticks.add(end);
        }
        return new Scale(ticks.get(0), end, pixelFrom, pixelTo, false, every * 30.0, ticks);
    }

    /** A fixed linear scale from {@code min} to {@code max} with ticks {@code step} apart. */
    public static Scale fixed(double min, double max, double step, double pixelFrom, double pixelTo) {
        return new Scale(min, max, pixelFrom, pixelTo, false, step);
    }

    /** The pixel position of {@code value}; values outside the range are clamped to its ends. */
    public double map(double value) {
        double v = value;
        if (log) {
            v = value > 0 ? Math.log10(value) : min;
        }
        if (!Double.isFinite(v)) {
            v = min;
        }
        v = Math.max(min, Math.min(max, v));
        return pixelFrom + (v - min) / (max - min) * (pixelTo - pixelFrom);
    }

    /** The tick values, in data units, from the low end of the range to the high end. */
    public List<Double> ticks() {
        if (!explicitTicks.isEmpty()) {
            return explicitTicks;
        }
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count && i <= 50; i++) {
            double t = min + i * step;
            ticks.add(log ? Math.pow(10, t) : t);
        }
        return ticks;
    }

    /** The label of one tick value. */
    public String label(double tick) {
        if (log) {
            return Fmt.compact(tick);
        }
        return Fmt.tick(tick, step, Math.max(Math.abs(min), Math.abs(max)));
    }

    /** The lowest value in range (in data units). */
    public double lowest() {
        return log ? Math.pow(10, min) : min;
    }

    /** The highest value in range (in data units). */
    public double highest() {
        return log ? Math.pow(10, max) : max;
    }

    private static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice;
        if (fraction <= 1) {
            nice = 1;
        } else if (fraction <= 2) {
            nice = 2;
        } else if (fraction <= 2.5) {
            nice = 2.5;
        } else if (fraction <= 5) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * magnitude;
    }
}
