package org.itm.core.time.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itm.core.time.HolidayProvider;

/** Holidays from a fixed list of dates. */
public final class FixedHolidayProvider implements HolidayProvider {

    private final Map<Integer, Set<LocalDate>> byYear;
    private final int count;

    public FixedHolidayProvider(Collection<LocalDate> dates) {
        this.byYear = dates.stream().collect(Collectors.groupingBy(LocalDate::getYear,
                Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Set::copyOf)));
        this.count = Set.copyOf(dates).size();
    }

    @Override
    public Set<LocalDate> holidaysIn(Year year) {
        return byYear.getOrDefault(year.getValue(), Set.of());
    }

    @Override
    public String toString() {
        return count + " fixed holidays";
    }
}
