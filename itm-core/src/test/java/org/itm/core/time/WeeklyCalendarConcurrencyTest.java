package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WeeklyCalendarConcurrencyTest {

    @Test
    void threadsQueryingAFreshCalendarAtOnceGetTheSameAnswersAsOneThread() throws Exception {
        ZoneId zone = ZoneId.of("America/New_York");
        BusinessCalendar shared = BusinessCalendar.weekly(zone)
                .hours(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY, "08:00-12:00, 22:00-02:00")
                .holidays(HolidayProvider.publicHolidays("us", "ny"))
                .build();
        BusinessCalendar reference = BusinessCalendar.weekly(zone)
                .hours(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY, "08:00-12:00, 22:00-02:00")
                .holidays(HolidayProvider.publicHolidays("us", "ny"))
                .build();
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        List<Callable<List<Duration>>> tasks = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            tasks.add(() -> {
                List<Duration> out = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Instant a = start.plus(Duration.ofDays(i * 17L));
                    out.add(shared.workingTimeBetween(a, a.plus(Duration.ofDays(90))));
                }
                return out;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Duration>>> results = pool.invokeAll(tasks);
            List<Duration> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Instant a = start.plus(Duration.ofDays(i * 17L));
                expected.add(reference.workingTimeBetween(a, a.plus(Duration.ofDays(90))));
            }
            for (Future<List<Duration>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
