package org.itm.core.time.internal;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.time.HolidayProvider;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public holidays of a country and optional region from the jollyday library (holiday rules maintained by its
 * project, not typed in here). Only holidays of type {@code PUBLIC_HOLIDAY} count; when a holiday is observed on
 * another date (the US Independence Day on a Saturday is observed on the Friday), the observed date is the
 * day off, which is jollyday's {@code Holiday.getDate()}.
 */
public final class JollydayHolidayProvider implements HolidayProvider {

    private static final Logger LOG = LoggerFactory.getLogger(JollydayHolidayProvider.class);

    private final String country;
    private final String[] regions;
    private final HolidayManager manager;

    public JollydayHolidayProvider(String country, List<String> regions) {
        Checks.notBlank(country, "country");
        Checks.notNull(regions, "regions");
        String code = country.trim().toUpperCase(Locale.ROOT);
        Set<String> supported = HolidayManager.getSupportedCalendarCodes();
        if (!supported.contains(code)) {
            throw new ItmValidationException("country", "is not a holiday calendar known to jollyday: '" + country
                    + "'; known: " + new TreeSet<>(supported));
        }
        this.country = code.toLowerCase(Locale.ROOT);
        this.manager = HolidayManager.getInstance(ManagerParameters.create(this.country));
        this.regions = regions.toArray(String[]::new);
        CalendarHierarchy level = manager.getCalendarHierarchy();
        for (int i = 0; i < this.regions.length; i++) {
            String region = this.regions[i];
            Checks.notBlank(region, "regions[" + i + "]");
            CalendarHierarchy child = level.getChildren().get(region.trim().toLowerCase(Locale.ROOT));
            if (child == null) {
                throw new ItmValidationException("regions[" + i + "]", "is not a region of '" + level.getId()
                        + "': '" + region + "'; known: " + new TreeSet<>(level.getChildren().keySet()));
            }
            this.regions[i] = child.getId();
            level = child;
        }
        LOG.debug("public holidays from jollyday for {} {}", this.country, List.of(this.regions));
    }

    @Override
    public Set<LocalDate> holidaysIn(Year year) {
        Set<Holiday> found = manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, regions);
        return found.stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return "public holidays of " + country + (regions.length == 0 ? "" : "/" + String.join("/", regions));
    }
}
