package org.itm.capacity.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The period labels R writes for quarterly, yearly and monthly series, and CSV as spreadsheets write it. */
class TimeSeriesCsvTest {

    @Test
    void readsQuarterlyLabelsAsCalendarQuarters() {
        TimeSeries s = TimeSeriesCsv.read(new StringReader("period,value\n1971-Q2,1\n1971-Q3,2\n1971-Q4,3\n1972-Q1,4\n"),
                "q", Unit.NONE);
        assertThat(s.instants()).containsExactly(Instant.parse("1971-04-01T00:00:00Z"),
                Instant.parse("1971-07-01T00:00:00Z"), Instant.parse("1971-10-01T00:00:00Z"),
                Instant.parse("1972-01-01T00:00:00Z"));
        assertThat(s.step()).contains(Period.ofMonths(3));
        assertThat(s.instantAfterLast(1)).isEqualTo(Instant.parse("1972-04-01T00:00:00Z"));
    }

    @Test
    void readsPlainYearsAsYearsNotIndices() {
        TimeSeries s = TimeSeriesCsv.read(new StringReader("# Nile\ntime,value\n1871,1120\n1872,1160\n1873,963\n"),
                "nile", Unit.NONE);
        assertThat(s.instants()).containsExactly(Instant.parse("1871-01-01T00:00:00Z"),
                Instant.parse("1872-01-01T00:00:00Z"), Instant.parse("1873-01-01T00:00:00Z"));
        assertThat(s.step()).contains(Period.ofMonths(12));
        assertThat(s.instantAfterLast(2)).isEqualTo(Instant.parse("1875-01-01T00:00:00Z"));
    }

    @Test
    void readsQuotedFieldsAByteOrderMarkAndCrlfLineEnds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("co2.csv");
        Files.write(file, ("\uFEFF# exported\r\n\"period\",\"value\"\r\n\"1959-01\",\"315.42\"\r\n\"1959-02\",316.31\r\n")
                .getBytes(StandardCharsets.UTF_8));
        TimeSeries s = TimeSeriesCsv.read(file, "co2", Unit.NONE);
        assertThat(s.values()).containsExactly(315.42, 316.31);
        assertThat(s.first().orElseThrow().at()).isEqualTo(Instant.parse("1959-01-01T00:00:00Z"));
        TimeSeries fromReader = TimeSeriesCsv.read(new StringReader("\uFEFFperiod,value\r\n1959-01,1\r\n"), "r",
                Unit.NONE);
        assertThat(fromReader.values()).containsExactly(1.0);
    }

    @Test
    void indexedPeriodsCanStepByCalendarUnits() {
        CalendarStep quarterly = CalendarStep.quarters(1);
        TimeSeries s = TimeSeriesCsv.readIndexed(new StringReader("period,value\n1,5\n2,6\n3,7\n"), "q", Unit.NONE,
                Instant.parse("1960-01-01T00:00:00Z"), quarterly);
        assertThat(s.instants()).containsExactly(Instant.parse("1960-01-01T00:00:00Z"),
                Instant.parse("1960-04-01T00:00:00Z"), Instant.parse("1960-07-01T00:00:00Z"));
        TimeSeries yearly = TimeSeries.regular("y", Unit.NONE, Instant.parse("1871-01-01T00:00:00Z"),
                CalendarStep.years(1), new double[] {1, 2, 3});
        assertThat(yearly.last().orElseThrow().at()).isEqualTo(Instant.parse("1873-01-01T00:00:00Z"));
        CalendarStep berlinDays = new CalendarStep(Period.ofDays(1), ZoneId.of("Europe/Berlin"));
        // a calendar day across the autumn change is 25 hours long
        assertThat(berlinDays.after(Instant.parse("2026-10-24T22:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void rejectsBadLabelsAndSteps() {
        assertThatThrownBy(() -> TimeSeriesCsv.read(new StringReader("period,value\n1971-Q5,1\n"), "q", Unit.NONE))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("line 2.period");
        assertThatThrownBy(() -> TimeSeriesCsv.read(new StringReader("period,value\n1971-01,1,2\n"), "q", Unit.NONE))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> new CalendarStep(Period.ZERO, ZoneId.of("UTC")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("period");
    }
}
