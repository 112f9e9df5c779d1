package org.itm.examples.report;

import java.time.Duration;
import java.util.Locale;
import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.Fmt;

/**
 * The one place the main example turns figures into words for people, in the console and in the report alike:
 * durations as {@code 6 d 10 h 23 min} (never {@code PT154H23M}), counts as whole numbers ({@code 171}, never
 * {@code 171.0}), percentages with one decimal ({@code 88.8%}) and amounts with their currency. A figure's name says
 * its kind: a name ending in {@code %} is a percentage, one ending in {@code EUR} an amount in euros, anything else a
 * count ({@code kEUR}: thousands of euros, whole).
 */
public final class HumanFormat {

    private HumanFormat() {
    }

    /**
     * A duration in days, hours and minutes, leaving out zero parts ({@code 6 d 10 h 23 min}, {@code 3 h},
     * {@code 2 d 5 min}); under a minute in seconds ({@code 40 s}); seconds are rounded to the nearest minute
     * otherwise. Negative durations get a leading minus sign.
     *
     * @param d the duration
     * @return the text
     */
    public static String duration(Duration d) {
        Checks.notNull(d, "d");
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long seconds = d.getSeconds() + (d.getNano() >= 500_000_000 ? 1 : 0);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(String.format(Locale.ROOT, "%,d d", days));
        }
        if (hours > 0) {
            out.append(out.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (mins > 0) {
            out.append(out.isEmpty() ? "" : " ").append(mins).append(" min");
        }
        return out.toString();
    }

    /**
     * Hours (as KPI results give them, e.g. {@code 154.38}) as a {@link #duration(Duration)}.
     *
     * @param hours finite
     * @return the text
     */
    public static String hours(double hours) {
        Checks.finite(hours, "hours");
        return duration(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    /**
     * A count as a whole number with thousands separators ({@code 1,234}).
     *
     * @param value finite; rounded half-up to a whole number
     * @return the text
     */
    public static String count(double value) {
        Checks.finite(value, "value");
        return Fmt.grouped(Math.rint(value), 0);
    }

    /**
     * A whole count with thousands separators ({@code 20,769}), exact at any size.
     *
     * @param value the count
     * @return the text
     */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * A whole count with its noun in the right number: {@code 1 overdue patch}, {@code 3 overdue patches}.
     *
     * @param value the count
     * @param one   the noun for exactly one
     * @param many  the noun for any other count
     * @return the text
     */
    public static String counted(long value, String one, String many) {
        Checks.notNull(one, "one");
        Checks.notNull(many, "many");
        return count(value) + " " + (value == 1 ? one : many);
    }

    /**
     * A count with its noun in the right number: {@code 1 overdue patch}, {@code 3 overdue patches}.
     *
     * @param value finite; rounded half-up to a whole number
     * @param one   the noun for exactly one
     * @param many  the noun for any other count
     * @return the text
     */
    public static String counted(double value, String one, String many) {
        Checks.notNull(one, "one");
        Checks.notNull(many, "many");
        String n = count(value);
        return n + " " + (n.equals("1") ? one : many);
    }

    /**
     * A percentage with one decimal and no space ({@code 88.8%}).
     *
     * @param percent the value in percent, finite
     * @return the text
     */
    public static String percent(double percent) {
        Checks.finite(percent, "percent");
        return Fmt.grouped(percent, 1) + "%";
    }

    /**
     * A figure by the kind its name says: {@code SLAs met %} → {@code 88.8%}, {@code showback total EUR} →
     * {@code 70,500.50 EUR}, {@code incidents} → {@code 171}.
     *
     * @param name  the figure's name
     * @param value finite
     * @return the text
     */
    public static String figure(String name, double value) {
        Checks.notNull(name, "name");
        Checks.finite(value, "value");
        if (name.endsWith("%")) {
            return percent(value);
        }
        if (name.endsWith("kEUR")) {
            return count(value) + " kEUR";
        }
        if (name.endsWith("EUR")) {
            return Fmt.grouped(value, 2) + " EUR";
        }
        return count(value);
    }

    /**
     * The change of a figure from one month to the next, signed, in the figure's kind: {@code +5.1 pp} for a
     * percentage (percentage points), {@code -1,000.00 EUR}, {@code +3}; {@code ±0} when unchanged.
     *
     * @param name  the figure's name
     * @param delta this month's value minus the previous one, finite
     * @return the text
     */
    public static String change(String name, double delta) {
        Checks.notNull(name, "name");
        Checks.finite(delta, "delta");
        String magnitude;
        if (name.endsWith("%")) {
            magnitude = Fmt.grouped(Math.abs(delta), 1) + " pp";
        } else if (name.endsWith("kEUR")) {
            magnitude = count(Math.abs(delta)) + " kEUR";
        } else if (name.endsWith("EUR")) {
            magnitude = Fmt.grouped(Math.abs(delta), 2) + " EUR";
        } else {
            magnitude = count(Math.abs(delta));
        }
        if (magnitude.matches("[0.,]+( pp| kEUR| EUR)?")) {
            return "±0";
        }
        return (delta < 0 ? "-" : "+") + magnitude;
    }
}
