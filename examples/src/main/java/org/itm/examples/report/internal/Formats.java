package org.itm.examples.report.internal;

import java.time.LocalDate;
import java.util.function.DoubleFunction;
import org.itm.examples.report.ValueFormat;

/** Tick and value labels for each {@link ValueFormat}. */
public final class Formats {

    private Formats() {
    }

    /** The tick label function for an axis with the given scale. */
    public static DoubleFunction<String> ticks(ValueFormat format, Scale scale) {
        return switch (format) {
            case NUMBER -> scale::label;
            case PERCENT -> v -> {
                double step = scale.ticks().size() > 1 ? scale.ticks().get(1) - scale.ticks().get(0) : 1;
                double largest = Math.max(Math.abs(scale.lowest()), Math.abs(scale.highest())) * 100;
                int decimals = step * 100 >= 1 || step <= 0 ? 0 : (int) Math.ceil(-Math.log10(step * 100) - 1e-9);
                return (largest >= 1e5 ? Fmt.tick(v * 100, step * 100, largest) : Fmt.grouped(v * 100, decimals)) + "%";
            };
            case DATE -> Formats::date;
        };
    }

    /** A single value shown in the given format, e.g. in a tooltip. */
    public static String value(ValueFormat format, double v) {
        return switch (format) {
            case NUMBER -> Fmt.auto(v);
            case PERCENT -> Fmt.auto(v * 100) + "%";
            case DATE -> date(v);
        };
    }

    private static String date(double epochDay) {
        double clamped = Math.max(-365_000_000d, Math.min(365_000_000d, epochDay));
        return LocalDate.ofEpochDay(Math.round(clamped)).toString();
    }
}
