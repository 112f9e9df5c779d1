package org.itm.core.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random calendar definition and a brute-force oracle for it: every minute of a window is marked working or
 * not straight from the documented rules, with no prefix sums, tables or week arithmetic.
 */
final class MinuteOracle {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"),
            // clocks change at midnight here, so whole local dates start in a gap or an overlap
            ZoneId.of("America/Santiago"), ZoneId.of("Asia/Beirut"));
    /** Dates around the 2026 clock changes of the zones above, so that many tries cross one. */
    static final List<LocalDate> DST_DATES = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 10, 4),
            LocalDate.of(2026, 9, 6));

    record Shift(DayOfWeek day, int startMinute, int endMinute) {
    }

    record DatedRange(LocalDate date, int startMinute, int endMinute) {
    }

    /** A calendar definition on a 15-minute grid. */
    record Spec(ZoneId zone, List<Shift> shifts, Set<LocalDate> holidays, List<DatedRange> closures,
                List<DatedRange> extras, LocalDate anchor) {

        BusinessCalendar build() {
            WeeklyCalendarBuilder b = BusinessCalendar.weekly(zone);
            for (Shift s : shifts) {
                b.hours(s.day(), time(s.startMinute()), time(s.endMinute()));
            }
            b.holidays(holidays);
            for (DatedRange c : closures) {
                b.closed(c.date(), time(c.startMinute()), time(c.endMinute()));
            }
            for (DatedRange e : extras) {
                b.extraWorkingDay(e.date(), time(e.startMinute()), time(e.endMinute()));
            }
            return b.build();
        }

        private static LocalTime time(int minute) {
            return LocalTime.ofSecondOfDay((minute % 1440) * 60L);
        }

        static Spec random(long seed) {
            Random r = new Random(seed);
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            List<Shift> shifts = new ArrayList<>();
            List<int[]> taken = new ArrayList<>();
            int attempts = 1 + r.nextInt(8);
            for (int i = 0; i < attempts; i++) {
                DayOfWeek day = DayOfWeek.of(1 + r.nextInt(7));
                boolean allDay = r.nextInt(10) == 0;
                int start = allDay ? 0 : 15 * r.nextInt(96);
                int length = allDay ? 1440 : 15 * (1 + r.nextInt(64));
                int weekStart = (day.getValue() - 1) * 1440 + start;
                if (overlapsWeek(taken, weekStart, weekStart + length)) {
                    continue;
                }
                taken.add(new int[] {weekStart, weekStart + length});
                int end = (start + length) % 1440;
                shifts.add(new Shift(day, start, end));
            }
            LocalDate anchor = r.nextBoolean()
                    ? DST_DATES.get(r.nextInt(DST_DATES.size())).plusDays(r.nextInt(7) - 4)
                    : LocalDate.of(2026, 3, 1).plusDays(r.nextInt(260));
            Set<LocalDate> holidays = new HashSet<>();
            int holidayCount = r.nextInt(5);
            for (int i = 0; i < holidayCount; i++) {
                holidays.add(anchor.plusDays(r.nextInt(16) - 2));
            }
            List<DatedRange> closures = new ArrayList<>();
            int closureCount = r.nextInt(3);
            for (int i = 0; i < closureCount; i++) {
                LocalDate date = anchor.plusDays(r.nextInt(16) - 2);
                if (holidays.contains(date)) {
                    continue;
                }
                int start = 15 * r.nextInt(95);
                int end = Math.min(1440, start + 15 * (1 + r.nextInt(40)));
                closures.add(new DatedRange(date, start, end));
            }
            List<DatedRange> extras = new ArrayList<>();
            int extraCount = r.nextInt(3);
            Set<LocalDate> extraDates = new HashSet<>();
            for (int i = 0; i < extraCount; i++) {
                LocalDate date = anchor.plusDays(r.nextInt(16) - 2);
                if (holidays.contains(date) || !extraDates.add(date)) {
                    continue;
                }
                int start = 15 * r.nextInt(60);
                int end = Math.min(1440, start + 15 * (1 + r.nextInt(40)));
                extras.add(new DatedRange(date, start, end));
                if (end < 1380 && r.nextBoolean()) {
                    extras.add(new DatedRange(date, end + 30, 1440));
                }
            }
            return new Spec(zone, shifts, holidays, closures, extras, anchor);
        }

        private static boolean overlapsWeek(List<int[]> taken, int s, int e) {
            int week = 7 * 1440;
            for (int[] t : taken) {
                for (int shift = -week; shift <= week; shift += week) {
                    if (t[0] + shift < e && s < t[1] + shift) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    final Instant windowStart;
    final boolean[] working;

    /**
     * Marks every minute from {@code first} 00:00 UTC for {@code days} days: a minute is working when the wall
     * clock shows, at its start, a time inside a working range of the local date it shows (so a repeated hour
     * counts at both occurrences, and skipped wall-clock time never).
     */
    MinuteOracle(Spec spec, LocalDate first, int days) {
        this.windowStart = first.atStartOfDay(ZoneId.of("UTC")).toInstant();
        this.working = new boolean[days * 1440];
        java.util.Map<LocalDate, List<int[]>> ranges = new java.util.HashMap<>();
        for (int i = 0; i < working.length; i++) {
            LocalDateTime local = LocalDateTime.ofInstant(minute(i), spec.zone());
            int second = local.toLocalTime().toSecondOfDay();
            for (int[] range : ranges.computeIfAbsent(local.toLocalDate(), d -> localRanges(spec, d))) {
                if (range[0] <= second && second < range[1]) {
                    working[i] = true;
                    break;
                }
            }
        }
    }

    int index(Instant minute) {
        return (int) ((minute.getEpochSecond() - windowStart.getEpochSecond()) / 60);
    }

    Instant minute(int index) {
        return windowStart.plusSeconds(60L * index);
    }

    /** Working minutes in {@code [from, to)}, both minute indexes. */
    long count(int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (working[i]) {
                n++;
            }
        }
        return n;
    }

    /** The local working minute ranges of a date, by the rules documented on {@link WeeklyCalendarBuilder}. */
    private static List<int[]> localRanges(Spec spec, LocalDate date) {
        boolean[] minute = new boolean[1440];
        List<DatedRange> extras = spec.extras().stream().filter(e -> e.date().equals(date)).toList();
        if (!extras.isEmpty()) {
            for (DatedRange e : extras) {
                fill(minute, e.startMinute(), e.endMinute(), true);
            }
        } else if (!spec.holidays().contains(date)) {
            for (Shift s : spec.shifts()) {
                boolean crosses = s.endMinute() <= s.startMinute();
                if (s.day() == date.getDayOfWeek()) {
                    fill(minute, s.startMinute(), crosses ? 1440 : s.endMinute(), true);
                }
                if (crosses && s.day() == date.getDayOfWeek().minus(1)) {
                    fill(minute, 0, s.endMinute(), true);
                }
            }
        }
        for (DatedRange c : spec.closures()) {
            if (c.date().equals(date)) {
                fill(minute, c.startMinute(), c.endMinute(), false);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int m = 0; m < 1440; m++) {
            if (minute[m] && (m == 0 || !minute[m - 1])) {
                int end = m;
                while (end < 1440 && minute[end]) {
                    end++;
                }
                out.add(new int[] {m * 60, end * 60});
            }
        }
        return out;
    }

    private static void fill(boolean[] minute, int from, int to, boolean value) {
        for (int m = from; m < to; m++) {
            minute[m] = value;
        }
    }

}
