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
 * @since 0.1
 */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    /**
     * Checks the components.
     *
     * @param year    the calendar year, 1900–9999
     * @param quarter 1–4
     * @throws org.itm.core.ItmValidationException naming {@code year} when outside 1900–9999 or {@code quarter} when
     *                                             outside 1–4
     */
    public YearQuarter {
        Checks.between(year, 1900, 9999, "year");
        Checks.between(quarter, 1, 4, "quarter");
    }

    /**
     * The quarter of a year, e.g. {@code YearQuarter.of(2027, 2)} for 2027-Q2.
     *
     * @param year    the calendar year, 1900–9999
     * @param quarter 1–4
     * @return the quarter
     * @throws org.itm.core.ItmValidationException naming {@code year} or {@code quarter} when out of range
     */
    public static YearQuarter of(int year, int quarter) {
        return new YearQuarter(year, quarter);
    }

    /**
     * Parses the {@link #toString()} form.
     *
     * @param text a quarter such as {@code 2027-Q2}
     * @return the quarter
     * @throws ItmValidationException naming {@code yearQuarter} when the text is null or not of that form
     */
    public static YearQuarter parse(String text) {
        Checks.notNull(text, "yearQuarter");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new ItmValidationException("yearQuarter", "must look like 2027-Q2, was '" + text + "'");
        }
        return new YearQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The quarter {@code quarters} later (earlier when negative): 2027-Q4 plus 1 is 2028-Q1.
     *
     * @param quarters how many quarters to move
     * @return the quarter
     * @throws ItmValidationException naming {@code year} when the result falls outside 1900–9999
     */
    public YearQuarter plus(int quarters) {
        int index = ordinal() + quarters;
        return new YearQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /**
     * Quarters from this one to {@code other}: from 2027-Q1 to 2028-Q1 is 4.
     *
     * @param other the other quarter
     * @return the count; negative when {@code other} is earlier, 0 when equal
     */
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
