package org.itm.core.time;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.itm.core.time.internal.FixedHolidayProvider;
import org.itm.core.time.internal.JollydayHolidayProvider;
import org.itm.core.validation.Checks;

/**
 * Supplies full-day holidays to a {@link BusinessCalendar}: plug in your own (an HR system, a company calendar)
 * or use {@link #publicHolidays(String, String...)} for the public holidays of a country or region.
 *
 * <p>Contract: {@link #holidaysIn(Year)} is a pure function of the year (a calendar asks at most once per
 * year and caches the answer), is thread-safe, and returns only dates inside that year, read as local dates
 * in the calendar's zone.
 *
 * @since 0.1
 */
public interface HolidayProvider {

    /**
     * The full-day holidays of {@code year}; empty when there are none.
     *
     * @param year the year
     * @return the holiday dates, in the provider's own calendar sense
     */
    Set<LocalDate> holidaysIn(Year year);

    /**
     * Public holidays (type {@code PUBLIC_HOLIDAY}) of a country and optionally a region path, as maintained
     * by the jollyday library, e.g. {@code publicHolidays("de", "be")} for Berlin, Germany, or
     * {@code publicHolidays("us", "ny")} for New York. A region has its country's holidays as well as its own;
     * country-wide holidays that the library files only under the regions (the US federal Columbus Day) are
     * included for the country and every region.
     *
     * @param country ISO 3166 country code (or another jollyday calendar code such as {@code NYSE})
     * @param regions region codes from the top level down; each must exist in jollyday's hierarchy
     * @return the provider
     * @throws org.itm.core.ItmValidationException naming {@code country} or {@code regions[i]} when unknown
     */
    static HolidayProvider publicHolidays(String country, String... regions) {
        Checks.notNull(regions, "regions");
        return new JollydayHolidayProvider(country, Arrays.asList(regions));
    }

    /**
     * Holidays on exactly the given dates.
     *
     * @param dates the dates; copied
     * @return the provider
     */
    static HolidayProvider of(Collection<LocalDate> dates) {
        Checks.notNull(dates, "dates");
        int i = 0;
        for (LocalDate date : dates) {
            Checks.notNull(date, "dates[" + i++ + "]");
        }
        return new FixedHolidayProvider(List.copyOf(dates));
    }
}
