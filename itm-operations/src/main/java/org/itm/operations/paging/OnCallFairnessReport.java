package org.itm.operations.paging;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.HolidayProvider;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Violations;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.OnCallSlot;

/**
 * How evenly on-call duty fell over a period: per person, hours on call split into working hours, nights, weekends
 * and public holidays, and the pages received. Days are read in the business calendar's zone. Build one with
 * {@link #of}.
 *
 * @param period the period reported, half-open
 * @param zone   the zone in which days were classified
 * @param rows   one per person on call or paged in the period, by name; copied
 * @since 0.1
 */
public record OnCallFairnessReport(TimeInterval period, ZoneId zone, List<OnCallFairnessRow> rows) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param period the period reported, half-open
     * @param zone   the zone in which days were classified
     * @param rows   one per person on call or paged in the period, by name; copied
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public OnCallFairnessReport {
        Violations v = new Violations();
        v.require(period != null, "period", "must not be null");
        v.require(zone != null, "zone", "must not be null");
        if (v.require(rows != null, "rows", "must not be null")) {
            for (int i = 0; i < rows.size(); i++) {
                v.require(rows.get(i) != null, "rows[" + i + "]", "must not be null");
            }
        }
        v.throwIfAny();
        rows = List.copyOf(rows);
    }

    /**
     * Reports {@code schedule}'s final timeline over {@code period}.
     *
     * @param schedule     whose timeline (layers and overrides) is reported
     * @param period       the period, half-open
     * @param workingHours the working hours of a weekday, e.g. {@code BusinessCalendar.weekdays(zone, 9:00, 17:00)};
     *                     its zone is where days are read
     * @param holidays     the public holidays, e.g. {@code HolidayProvider.publicHolidays("de", "be")}
     * @param pages        pages whose {@code notified} events count towards {@link OnCallFairnessRow#pagesReceived()}
     *                     (each page once per person, when notified inside the period); may be empty
     * @return the report, rows sorted by person
     * @throws org.itm.core.ItmValidationException naming each null argument
     */
    public static OnCallFairnessReport of(OnCallSchedule schedule, TimeInterval period, BusinessCalendar workingHours,
                                          HolidayProvider holidays, Collection<OnCallPage> pages) {
        Violations v = new Violations();
        v.require(schedule != null, "schedule", "must not be null");
        v.require(period != null, "period", "must not be null");
        v.require(workingHours != null, "workingHours", "must not be null");
        v.require(holidays != null, "holidays", "must not be null");
        if (v.require(pages != null, "pages", "must not be null")) {
            int i = 0;
            for (OnCallPage p : pages) {
                v.require(p != null, "pages[" + i++ + "]", "must not be null");
            }
        }
        v.throwIfAny();
        ZoneId zone = workingHours.zone();
        Map<Year, Set<LocalDate>> holidaysByYear = new HashMap<>();
        Map<String, long[]> nanos = new TreeMap<>();
        for (OnCallSlot slot : schedule.timeline(period.start(), period.end())) {
            long[] acc = nanos.computeIfAbsent(slot.member(), k -> new long[4]);
            Instant cursor = slot.interval().start();
            while (cursor.isBefore(slot.interval().end())) {
                LocalDate day = cursor.atZone(zone).toLocalDate();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant end = dayEnd.isBefore(slot.interval().end()) ? dayEnd : slot.interval().end();
                long length = Duration.between(cursor, end).toNanos();
                boolean holiday = holidaysByYear.computeIfAbsent(Year.from(day), holidays::holidaysIn).contains(day);
                if (holiday) {
                    acc[3] += length;
                } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    acc[2] += length;
                } else {
                    long working = workingHours.workingNanosBetween(cursor, end);
                    acc[0] += working;
                    acc[1] += length - working;
                }
                cursor = end;
            }
        }
        Map<String, Set<String>> paged = new TreeMap<>();
        for (OnCallPage p : pages) {
            for (PageEvent e : p.timeline()) {
                if (e.kind().equals("notified") && !e.who().isBlank() && period.contains(e.at())) {
                    paged.computeIfAbsent(e.who(), k -> new HashSet<>()).add(p.id());
                }
            }
        }
        Set<String> people = new TreeSet<>(nanos.keySet());
        people.addAll(paged.keySet());
        List<OnCallFairnessRow> rows = new ArrayList<>();
        for (String person : people) {
            long[] acc = nanos.getOrDefault(person, new long[4]);
            rows.add(new OnCallFairnessRow(person, Duration.ofNanos(acc[0]), Duration.ofNanos(acc[1]),
                    Duration.ofNanos(acc[2]), Duration.ofNanos(acc[3]), paged.getOrDefault(person, Set.of()).size()));
        }
        return new OnCallFairnessReport(period, zone, rows);
    }

    /**
     * @param person a name
     * @return that person's row, or empty
     */
    public Optional<OnCallFairnessRow> row(String person) {
        return rows.stream().filter(r -> r.person().equals(person)).findFirst();
    }
}
