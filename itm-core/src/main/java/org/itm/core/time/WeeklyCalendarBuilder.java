package org.itm.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.time.internal.DayRanges;
import org.itm.core.time.internal.WeeklyBusinessCalendar;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link BusinessCalendar} from weekly working hours in a zone, plus holidays, partial closures and
 * extra working days. Obtain one from {@link BusinessCalendar#weekly(ZoneId)}:
 *
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.weekly(ZoneId.of("Europe/Berlin"))
 *         .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
 *         .holidays(HolidayProvider.publicHolidays("de", "be"))
 *         .holiday(LocalDate.of(2026, 12, 24))
 *         .build();
 * }</pre>
 *
 * <h2>How a date's working hours are decided</h2>
 * <ol>
 *   <li>Weekly hours: a shift is {@code [start, end)} in local wall-clock time on its day. When {@code end} is
 *       not after {@code start} the shift crosses midnight and ends at {@code end} on the next day (so
 *       {@code 22:00-06:00} on Friday runs into Saturday morning, and {@code 18:00-00:00} ends at midnight).
 *       The part after midnight belongs to the next calendar date: a holiday on that date removes it.</li>
 *   <li>A full-day holiday ({@link #holiday(LocalDate)} or from a {@link HolidayProvider}) removes all working
 *       hours of its date.</li>
 *   <li>An extra working day ({@link #extraWorkingDay(LocalDate, LocalTime, LocalTime)}) sets its date's hours
 *       to exactly the given ranges, replacing the weekly hours and any provider holiday on that date.</li>
 *   <li>A partial holiday ({@link #closed(LocalDate, LocalTime, LocalTime)}) then removes a local time range
 *       from its date.</li>
 * </ol>
 * For extra days and closures, an {@code end} of {@code 00:00} means midnight at the end of the date.
 *
 * <h2>Daylight saving</h2>
 * Hours are local, so a clock change inside working hours makes that day shorter or longer in elapsed time
 * (09:00-17:00 on a day losing 02:00-03:00 still has 8 hours, 00:00-12:00 has 11). A range means every
 * instant of its date at which the wall clock shows a time inside it: time skipped by a spring-forward change
 * is not worked (02:30-04:00 on a day where 02:00 jumps to 03:00 works from the jump, 03:00, for one hour), and
 * a repeated hour counts at both occurrences of the part inside the range and nowhere else (02:30-03:00 on
 * Berlin's 25 October 2026, when 03:00 CEST goes back to 02:00 CET, is 00:30Z-01:00Z and 01:30Z-02:00Z, one hour
 * in all). A date's instants run from the first time its wall clock shows midnight (or the jump, when midnight
 * is skipped) to the next date's; a range lying wholly in a gap has no working time.
 *
 * <p>{@link #build()} validates everything at once and throws {@link org.itm.core.ItmValidationException}
 * naming each bad entry by its kind and the order it was added in, e.g. {@code hours[2]},
 * {@code holidays[0]}, {@code closures[1]}, {@code extraWorkingDays[0]}, {@code holidayProviders[0]}. Not
 * thread-safe; the calendar it builds is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WeeklyCalendarBuilder {

    private static final int WEEK = 7 * DayRanges.DAY;
    private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 2);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 30);

    private record Shift(String path, @Nullable DayOfWeek day, @Nullable LocalTime start, @Nullable LocalTime end) {
    }

    private record Dated(String path, @Nullable LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end) {
    }

    private record Piece(int start, int end, Shift owner) {
    }

    private final ZoneId zone;
    private final List<Shift> shifts = new ArrayList<>();
    private int hoursEntries;
    private final List<Dated> holidays = new ArrayList<>();
    private final List<Dated> closures = new ArrayList<>();
    private final List<Dated> extraDays = new ArrayList<>();
    private int closureEntries;
    private int extraEntries;
    private final List<@Nullable HolidayProvider> providers = new ArrayList<>();
    private final Violations early = new Violations();

    WeeklyCalendarBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Adds a shift on {@code day} from {@code start} to {@code end} local time; an {@code end} not after
     * {@code start} crosses midnight; {@code 00:00}-{@code 00:00} is the whole day, any other equal start and end
     * is rejected. Several shifts per day are fine as long as none overlap.
     *
     * @param day the day on which the shift starts
     * @param start the local start time, inclusive
     * @param end the local end time, exclusive; not after {@code start} to cross midnight
     * @return this builder
     */
    public WeeklyCalendarBuilder hours(DayOfWeek day, LocalTime start, LocalTime end) {
        shifts.add(new Shift("hours[" + hoursEntries++ + "]", day, start, end));
        return this;
    }

    /**
     * Adds the same shift on every day from {@code from} to {@code to} inclusive (wrapping past Sunday).
     *
     * @param from the first day
     * @param to the last day, inclusive; before {@code from} to wrap past Sunday (e.g. SATURDAY to MONDAY)
     * @param start the local start time, inclusive
     * @param end the local end time, exclusive; not after {@code start} to cross midnight
     * @return this builder
     */
    public WeeklyCalendarBuilder hours(DayOfWeek from, DayOfWeek to, LocalTime start, LocalTime end) {
        String path = "hours[" + hoursEntries++ + "]";
        for (DayOfWeek day : days(path, from, to)) {
            shifts.add(new Shift(path, day, start, end));
        }
        return this;
    }

    /**
     * Adds shifts written as text, e.g. {@code "09:00-12:00, 13:00-17:00"} or {@code "22:00-06:00"}; an end of
     * {@code 24:00} means midnight.
     *
     * @param day the day on which the shifts start
     * @param ranges comma-separated {@code HH:mm-HH:mm} ranges
     * @return this builder
     */
    public WeeklyCalendarBuilder hours(DayOfWeek day, String ranges) {
        return hours(day, day, ranges);
    }

    /**
     * Adds shifts written as text (see {@link #hours(DayOfWeek, String)}) on every day from {@code from} to {@code to}.
     *
     * @param from the first day
     * @param to the last day, inclusive; may wrap past Sunday
     * @param ranges comma-separated {@code HH:mm-HH:mm} ranges
     * @return this builder
     */
    public WeeklyCalendarBuilder hours(DayOfWeek from, DayOfWeek to, String ranges) {
        String path = "hours[" + hoursEntries++ + "]";
        List<LocalTime[]> parsed = parse(path, ranges);
        for (DayOfWeek day : days(path, from, to)) {
            for (LocalTime[] range : parsed) {
                shifts.add(new Shift(path, day, range[0], range[1]));
            }
        }
        return this;
    }

    /**
     * Makes each of {@code days} a working day from midnight to midnight.
     *
     * @param days the days that are worked around the clock
     * @return this builder
     */
    public WeeklyCalendarBuilder allDay(DayOfWeek... days) {
        String path = "hours[" + hoursEntries++ + "]";
        if (days == null) {
            early.add(path, "days must not be null");
            return this;
        }
        for (DayOfWeek day : days) {
            shifts.add(new Shift(path, day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return this;
    }

    /**
     * Declares {@code date} a full-day holiday: no working time on it.
     *
     * @param date the holiday, a date in the calendar's zone
     * @return this builder
     */
    public WeeklyCalendarBuilder holiday(LocalDate date) {
        holidays.add(new Dated("holidays[" + holidays.size() + "]", date, null, null));
        return this;
    }

    /**
     * Declares every date of {@code dates} a full-day holiday.
     *
     * @param dates the holidays, dates in the calendar's zone
     * @return this builder
     */
    public WeeklyCalendarBuilder holidays(Collection<LocalDate> dates) {
        if (dates == null) {
            early.add("holidays", "must not be null");
            return this;
        }
        for (LocalDate date : dates) {
            holiday(date);
        }
        return this;
    }

    /**
     * Adds a source of full-day holidays, such as {@link HolidayProvider#publicHolidays(String, String...)}.
     *
     * @param provider the source, asked for the dates of each year the calendar reaches
     * @return this builder
     */
    public WeeklyCalendarBuilder holidays(HolidayProvider provider) {
        providers.add(provider);
        return this;
    }

    /**
     * A partial holiday: no working time on {@code date} from {@code from} to {@code to} local time.
     *
     * @param date the date of the closure
     * @param from the local start time of the closure, inclusive
     * @param to the local end time, exclusive; {@code 00:00} for the end of the date
     * @return this builder
     */
    public WeeklyCalendarBuilder closed(LocalDate date, LocalTime from, LocalTime to) {
        closures.add(new Dated("closures[" + closureEntries++ + "]", date, from, to));
        return this;
    }

    /**
     * Works on {@code date} from {@code start} to {@code end} local time instead of its weekly hours (even if a
     * {@link HolidayProvider} lists it); call again with the same date to add a second range.
     *
     * @param date the extra working date
     * @param start the local start time, inclusive
     * @param end the local end time, exclusive; {@code 00:00} for the end of the date
     * @return this builder
     */
    public WeeklyCalendarBuilder extraWorkingDay(LocalDate date, LocalTime start, LocalTime end) {
        extraDays.add(new Dated("extraWorkingDays[" + extraEntries++ + "]", date, start, end));
        return this;
    }

    /**
     * Validates every entry and builds the calendar.
     *
     * @return the immutable, thread-safe calendar
     * @throws org.itm.core.ItmValidationException listing every bad entry (missing values, sub-second times,
     *                                             empty or overlapping shifts, conflicting dates)
     */
    public BusinessCalendar build() {
        Violations v = new Violations();
        early.list().forEach(x -> v.add(x.path(), x.message()));
        List<Piece> pieces = new ArrayList<>();
        for (Shift shift : shifts) {
            if (!v.require(shift.day() != null, shift.path(), "day must not be null")
                    | !validTimes(v, shift.path(), shift.start(), shift.end())) {
                continue;
            }
            DayOfWeek day = Objects.requireNonNull(shift.day());
            LocalTime start = Objects.requireNonNull(shift.start());
            LocalTime end = Objects.requireNonNull(shift.end());
            if (start.equals(end) && !isAllDay(start, end)) {
                v.add(shift.path(), day + " " + start + "-" + end
                        + ": start equals end; for a whole day use allDay(...) or 00:00-24:00");
                continue;
            }
            int s = WeeklyBusinessCalendar.index(day) * DayRanges.DAY + start.toSecondOfDay();
            int length = end.toSecondOfDay() - start.toSecondOfDay();
            int e = s + (length > 0 ? length : length + DayRanges.DAY);
            if (e > WEEK) {
                pieces.add(new Piece(s, WEEK, shift));
                pieces.add(new Piece(0, e - WEEK, shift));
            } else {
                pieces.add(new Piece(s, e, shift));
            }
        }
        checkOverlaps(v, pieces);

        Set<LocalDate> holidayDates = new HashSet<>();
        for (Dated h : holidays) {
            if (v.require(h.date() != null, h.path(), "date must not be null") && inRange(v, h.path(), h.date())) {
                holidayDates.add(h.date());
            }
        }
        Map<LocalDate, int[]> extra = dated(v, extraDays, holidayDates, true);
        Map<LocalDate, int[]> closed = dated(v, closures, holidayDates, false);
        List<HolidayProvider> sources = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            HolidayProvider p = providers.get(i);
            if (v.require(p != null, "holidayProviders[" + i + "]", "must not be null")) {
                sources.add(p);
            }
        }
        // a multi-day entry repeats the same mistake once per day; report it once
        List<Violation> distinct = v.list().stream().distinct().toList();
        if (!distinct.isEmpty()) {
            throw new ItmValidationException(distinct);
        }

        int[][] weekly = new int[7][];
        List<List<Integer>> perDay = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            perDay.add(new ArrayList<>());
        }
        for (Piece p : pieces) {
            for (int d = p.start() / DayRanges.DAY; d * DayRanges.DAY < p.end(); d++) {
                int base = d * DayRanges.DAY;
                perDay.get(d).add(Math.max(p.start(), base) - base);
                perDay.get(d).add(Math.min(p.end(), base + DayRanges.DAY) - base);
            }
        }
        for (int d = 0; d < 7; d++) {
            weekly[d] = DayRanges.normalize(perDay.get(d).stream().mapToInt(Integer::intValue).toArray());
        }
        return new WeeklyBusinessCalendar(zone, weekly, extra, holidayDates, closed, sources,
                describe(weekly, holidayDates.size(), closed.size(), extra.size(), sources));
    }

    private static boolean isAllDay(LocalTime start, LocalTime end) {
        return start.equals(LocalTime.MIDNIGHT) && end.equals(LocalTime.MIDNIGHT);
    }

    private void checkOverlaps(Violations v, List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(Piece::start));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < sorted.get(i).end(); j++) {
                Shift a = sorted.get(i).owner();
                Shift b = sorted.get(j).owner();
                if (a == b) {
                    continue;
                }
                Shift later = shifts.indexOf(a) > shifts.indexOf(b) ? a : b;
                Shift earlier = later == a ? b : a;
                if (reported.add(shifts.indexOf(later) + "/" + shifts.indexOf(earlier))) {
                    v.add(later.path(), later.day() + " " + later.start() + "-" + later.end() + " overlaps "
                            + earlier.path() + " (" + earlier.day() + " " + earlier.start() + "-" + earlier.end() + ")");
                }
            }
        }
    }

    private static Map<LocalDate, int[]> dated(Violations v, List<Dated> entries, Set<LocalDate> holidayDates,
                                               boolean extra) {
        Map<LocalDate, List<Dated>> byDate = new HashMap<>();
        for (Dated d : entries) {
            boolean ok = v.require(d.date() != null, d.path(), "date must not be null") && inRange(v, d.path(), d.date());
            ok &= validTimes(v, d.path(), d.start(), d.end());
            if (!ok) {
                continue;
            }
            LocalDate date = Objects.requireNonNull(d.date());
            LocalTime start = Objects.requireNonNull(d.start());
            LocalTime end = Objects.requireNonNull(d.end());
            int s = start.toSecondOfDay();
            int e = end.equals(LocalTime.MIDNIGHT) ? DayRanges.DAY : end.toSecondOfDay();
            if (e <= s) {
                v.add(d.path(), date + " " + start + "-" + end
                        + ": end must be after start within the date (00:00 as end means midnight)");
                continue;
            }
            if (holidayDates.contains(date)) {
                v.add(d.path(), date + " is also declared a full-day holiday; "
                        + (extra ? "remove one of the two" : "a full-day holiday is already closed all day"));
                continue;
            }
            byDate.computeIfAbsent(date, k -> new ArrayList<>()).add(d);
        }
        Map<LocalDate, int[]> out = new HashMap<>();
        for (Map.Entry<LocalDate, List<Dated>> entry : byDate.entrySet()) {
            List<Dated> list = entry.getValue();
            int[] raw = new int[list.size() * 2];
            for (int i = 0; i < list.size(); i++) {
                Dated d = list.get(i);
                // only entries with a date and both times were grouped above
                LocalTime start = Objects.requireNonNull(d.start());
                LocalTime end = Objects.requireNonNull(d.end());
                raw[2 * i] = start.toSecondOfDay();
                raw[2 * i + 1] = end.equals(LocalTime.MIDNIGHT) ? DayRanges.DAY : end.toSecondOfDay();
                if (extra) {
                    for (int j = 0; j < i; j++) {
                        if (raw[2 * j] < raw[2 * i + 1] && raw[2 * i] < raw[2 * j + 1]) {
                            v.add(d.path(), entry.getKey() + " " + start + "-" + end + " overlaps "
                                    + list.get(j).path());
                        }
                    }
                }
            }
            out.put(entry.getKey(), DayRanges.normalize(raw));
        }
        return out;
    }

    private static boolean inRange(Violations v, String path, LocalDate date) {
        return v.require(!date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE), path,
                "date must lie between " + FIRST_DATE + " and " + LAST_DATE + ", was " + date);
    }

    private static boolean validTimes(Violations v, String path, @Nullable LocalTime start, @Nullable LocalTime end) {
        v.require(start != null, path, "start must not be null");
        v.require(end != null, path, "end must not be null");
        if (start == null || end == null) {
            return false;
        }
        boolean ok = v.require(start.getNano() == 0, path, "start must be whole seconds, was " + start);
        ok &= v.require(end.getNano() == 0, path, "end must be whole seconds, was " + end);
        return ok;
    }

    private List<DayOfWeek> days(String path, @Nullable DayOfWeek from, @Nullable DayOfWeek to) {
        if (from == null || to == null) {
            early.add(path, (from == null ? "from" : "to") + " day must not be null");
            return List.of();
        }
        List<DayOfWeek> out = new ArrayList<>();
        DayOfWeek day = from;
        while (true) {
            out.add(day);
            if (day == to) {
                return out;
            }
            day = day.plus(1);
        }
    }

    private List<LocalTime[]> parse(String path, @Nullable String ranges) {
        if (ranges == null || ranges.isBlank()) {
            early.add(path, "ranges must not be blank; expected e.g. \"09:00-17:00\"");
            return List.of();
        }
        List<LocalTime[]> out = new ArrayList<>();
        for (String part : ranges.split(",")) {
            String[] ends = part.trim().split("-");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("no single '-'", part, 0);
                }
                LocalTime start = LocalTime.parse(ends[0].trim());
                String endText = ends[1].trim();
                LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
                out.add(new LocalTime[] {start, end});
            } catch (DateTimeParseException e) {
                early.add(path, "'" + part.trim() + "' is not a range like 09:00-17:00 (24:00 allowed as end)");
            }
        }
        return out;
    }

    private String describe(int[][] weekly, int holidayCount, int closureCount, int extraCount,
                            List<HolidayProvider> sources) {
        StringJoiner days = new StringJoiner(", ");
        for (int d = 0; d < 7; d++) {
            if (weekly[d].length == 0) {
                continue;
            }
            StringJoiner ranges = new StringJoiner(" ");
            for (int k = 0; k < weekly[d].length; k += 2) {
                ranges.add(clock(weekly[d][k]) + "-" + clock(weekly[d][k + 1]));
            }
            days.add(DayOfWeek.of(d + 1) + " " + ranges);
        }
        return "weekly calendar in " + zone + " [" + days + "], " + holidayCount + " holidays, " + closureCount
                + " partial closures, " + extraCount + " extra working days"
                + (sources.isEmpty() ? "" : ", " + sources);
    }

    private static String clock(int secondOfDay) {
        return secondOfDay == DayRanges.DAY ? "24:00" : LocalTime.ofSecondOfDay(secondOfDay).toString();
    }
}
