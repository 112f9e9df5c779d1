package org.itm.governance.portfolio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A calendar quarter such as {@code 2027-Q2}, the planning grain of team capacity and roadmaps.
 *
 * @param year    the calendar year, 1900–9999
 * @param quarter 1–4
 */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public YearQuarter {
        Checks.between(year, 1900, 9999, "year");
        Checks.between(quarter, 1, 4, "quarter");
    }

    public static YearQuarter of(int year, int quarter) {
        return new YearQuarter(year, quarter);
    }

    /** Parses {@code 2027-Q2}. */
    public static YearQuarter parse(String text) {
        Checks.notNull(text, "yearQuarter");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new ItmValidationException("yearQuarter", "must look like 2027-Q2, was '" + text + "'");
        }
        return new YearQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter {@code quarters} later (earlier when negative). */
    public YearQuarter plus(int quarters) {
        int index = ordinal() + quarters;
        return new YearQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** Quarters from this one to {@code other}; negative when {@code other} is earlier. */
    public int quartersUntil(YearQuarter other) {
        return other.ordinal() - ordinal();
    }

    private int ordinal() {
        return year * 4 + quarter - 1;
    }

    @Override
    public int compareTo(YearQuarter other) {
        return Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
