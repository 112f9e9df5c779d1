package org.itm.core.time.internal;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
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
 *
 * <p>Some holidays are country-wide by law but the library defines them only under the country's regions: the
 * US federal Columbus Day (5 U.S.C. 6103) is in its state files, and missing from the country's own list, which
 * is also what every region inherits. {@link #COUNTRY_WIDE} names those holidays (by the library's key); their
 * date still comes from the library's own rule, as most of the regions that define it give it, and they are
 * added for the country and each of its regions, as the country's other holidays are.
 */
public final class JollydayHolidayProvider implements HolidayProvider {

    private static final Logger LOG = LoggerFactory.getLogger(JollydayHolidayProvider.class);

    private final String country;
    private final String[] regions;
    private final HolidayManager manager;

    /**
     * Holidays, by the library's key, that are country-wide by law though the library defines them per region
     * (checked by the tests against the country's official list).
     */
    private static final Map<String, Set<String>> COUNTRY_WIDE = Map.of("us", Set.of("COLUMBUS_DAY"));

    private final Set<String> countryWide;
    /** The country's direct sub-regions, where the {@link #countryWide} holidays are defined. */
    private final String[] countryRegions;

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
        this.countryWide = COUNTRY_WIDE.getOrDefault(this.country, Set.of());
        this.countryRegions = countryWide.isEmpty() ? new String[0]
                : manager.getCalendarHierarchy().getChildren().keySet().stream().sorted().toArray(String[]::new);
        LOG.debug("public holidays from jollyday for {} {}", this.country, List.of(this.regions));
    }

    @Override
    public Set<LocalDate> holidaysIn(Year year) {
        Set<LocalDate> dates = manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, regions).stream()
                .map(Holiday::getDate).collect(Collectors.toCollection(HashSet::new));
        if (!countryWide.isEmpty()) {
            dates.addAll(countryWideDates(year));
        }
        return Set.copyOf(dates);
    }

    /** The date of each {@link #countryWide} holiday in {@code year}: the one most regions defining it give. */
    private Set<LocalDate> countryWideDates(Year year) {
        Map<String, Map<LocalDate, Integer>> votes = new HashMap<>();
        for (String region : countryRegions) {
            for (Holiday h : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, region)) {
                if (countryWide.contains(h.getPropertiesKey())) {
                    votes.computeIfAbsent(h.getPropertiesKey(), k -> new TreeMap<>())
                            .merge(h.getDate(), 1, Integer::sum);
                }
            }
        }
        Set<LocalDate> dates = new HashSet<>();
        for (Map<LocalDate, Integer> byDate : votes.values()) {
            // ties go to the earliest date (TreeMap order), so the answer does not depend on iteration order
            dates.add(byDate.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey());
        }
        return dates;
    }

    @Override
    public String toString() {
        return "public holidays of " + country + (regions.length == 0 ? "" : "/" + String.join("/", regions));
    }
}
