package org.itm.capacity.series;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads {@code period,value} CSV files as R and spreadsheets write them (lines starting with {@code #} are
 * comments, the first other line is the header; fields may be quoted; a UTF-8 byte-order mark and CRLF line ends
 * are accepted). A period is one of the labels R writes for a regular series, all placed in UTC:
 * <ul>
 *   <li>a year {@code 1871} (its 1 January), a quarter {@code 1971-Q2} (its first day), a month {@code 1959-01};</li>
 *   <li>a date {@code 2024-03-01}, a local date-time, or an ISO instant with an offset;</li>
 *   <li>with {@link #readIndexed} only, an integer index {@code 1, 2, ...}.</li>
 * </ul>
 * Yearly, quarterly and monthly series read this way are regular with a step of 12, 3 or 1 months
 * ({@link TimeSeries#step()}), so forecasts are placed on the same calendar.
 *
 * @since 0.1
 */
public final class TimeSeriesCsv {

    private static final Pattern FREQUENCY = Pattern.compile("frequency\\s+(\\d+)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[- ]?Q(\\d)");
    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.TRIM_SPACES)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withComments();

    private TimeSeriesCsv() {
    }

    /**
     * Reads a file whose periods are years, quarters, months, dates, date-times or instants.
     *
     * @param path the CSV file (UTF-8)
     * @param name name of the series
     * @param unit unit of its values
     * @return the series
     * @throws ItmValidationException naming the line and field of the first unreadable row
     */
    public static TimeSeries read(Path path, String name, Unit unit) {
        return parse(open(path), name, unit, null);
    }

    /**
     * Reads a file whose periods are integer indices {@code 1, 2, ...}: index {@code i} is placed at
     * {@code firstPeriod + (i − 1) × step}.
     *
     * @param path        the CSV file (UTF-8)
     * @param name        name of the series
     * @param unit        unit of its values
     * @param firstPeriod instant of index 1
     * @param step        fixed spacing of the indices
     * @return the series
     */
    public static TimeSeries readIndexed(Path path, String name, Unit unit, Instant firstPeriod, Duration step) {
        Checks.notNull(firstPeriod, "firstPeriod");
        Checks.positive(step, "step");
        return parse(open(path), name, unit, i -> firstPeriod.plus(step.multipliedBy(i)));
    }

    /**
     * As {@link #readIndexed(Path, String, Unit, Instant, Duration)} with a calendar step (years, quarters,
     * months, or days in a zone), which a {@link Duration} cannot express.
     *
     * @param path        the CSV file (UTF-8)
     * @param name        name of the series
     * @param unit        unit of its values
     * @param firstPeriod instant of index 1
     * @param step        calendar spacing of the indices
     * @return the series
     */
    public static TimeSeries readIndexed(Path path, String name, Unit unit, Instant firstPeriod, CalendarStep step) {
        Checks.notNull(firstPeriod, "firstPeriod");
        Checks.notNull(step, "step");
        return parse(open(path), name, unit, i -> step.after(firstPeriod, i));
    }

    /**
     * Parses CSV text from {@code reader}; see {@link #read(Path, String, Unit)}.
     *
     * @param reader the CSV text; closed when read
     * @param name   name of the series
     * @param unit   unit of its values
     * @return the series
     */
    public static TimeSeries read(Reader reader, String name, Unit unit) {
        Checks.notNull(reader, "reader");
        return parse(reader, name, unit, null);
    }

    /**
     * Parses CSV text with integer indices from {@code reader}; see
     * {@link #readIndexed(Path, String, Unit, Instant, CalendarStep)}.
     *
     * @param reader      the CSV text; closed when read
     * @param name        name of the series
     * @param unit        unit of its values
     * @param firstPeriod instant of index 1
     * @param step        calendar spacing of the indices
     * @return the series
     */
    public static TimeSeries readIndexed(Reader reader, String name, Unit unit, Instant firstPeriod,
                                         CalendarStep step) {
        Checks.notNull(reader, "reader");
        Checks.notNull(firstPeriod, "firstPeriod");
        Checks.notNull(step, "step");
        return parse(reader, name, unit, i -> step.after(firstPeriod, i));
    }

    /**
     * The seasonal frequency declared in the file's leading comments ({@code "... frequency 12 ..."}), if any.
     *
     * @param path the CSV file
     * @return the declared frequency
     */
    public static OptionalInt declaredFrequency(Path path) {
        Checks.notNull(path, "path");
        try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!l.startsWith("#")) {
                    break;
                }
                Matcher m = FREQUENCY.matcher(l);
                if (m.find()) {
                    return OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
            return OptionalInt.empty();
        } catch (IOException | UncheckedIOException e) {
            throw new ItmException("cannot read time series CSV " + path + ": " + e.getMessage(), e);
        }
    }

    private static Reader open(Path path) {
        Checks.notNull(path, "path");
        try {
            InputStream in = Files.newInputStream(path);
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ItmException("cannot read time series CSV " + path + ": " + e.getMessage(), e);
        }
    }

    private static TimeSeries parse(Reader reader, String name, Unit unit,
                                    @Nullable LongFunction<Instant> index) {
        Checks.notBlank(name, "name");
        Checks.notNull(unit, "unit");
        List<Observation> out = new ArrayList<>();
        try (Reader r = skipByteOrderMark(reader);
             MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(SCHEMA).readValues(r)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                // the parser stands after the row's line end, at the start of the next line, unless the file ends
                // without one
                var at = rows.currentLocation();
                String where = "line " + (at.getColumnNr() <= 1 ? at.getLineNr() - 1 : at.getLineNr());
                if (header) {
                    header = false;
                    continue;
                }
                if (row.length != 2) {
                    throw new ItmValidationException(where, "expected 'period,value', was "
                            + row.length + " fields");
                }
                double value;
                try {
                    value = Double.parseDouble(row[1].strip());
                } catch (NumberFormatException e) {
                    throw new ItmValidationException(where + ".value", "not a number: '" + row[1] + "'");
                }
                out.add(new Observation(period(row[0].strip(), where, index), value));
            }
        } catch (JacksonException e) {
            throw new ItmValidationException("csv", "not readable as CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ItmException("cannot read time series CSV '" + name + "': " + e.getMessage(), e);
        }
        return new TimeSeries(name, unit, out);
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader r = new PushbackReader(reader, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    private static Instant period(String text, String where, @Nullable LongFunction<Instant> index) {
        if (index != null) {
            if (!INDEX.matcher(text).matches()) {
                throw new ItmValidationException(where + ".period", "expected an integer index, was '" + text + "'");
            }
            return index.apply(Long.parseLong(text) - 1);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            if (q < 1 || q > 4) {
                throw new ItmValidationException(where + ".period", "quarter must be Q1 to Q4, was '" + text + "'");
            }
            return LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * q - 2, 1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        }
        if (YEAR.matcher(text).matches()) {
            return LocalDate.of(Integer.parseInt(text), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (INDEX.matcher(text).matches()) {
            throw new ItmValidationException(where + ".period",
                    "integer period '" + text + "' is not a four-digit year; an index needs readIndexed with a"
                            + " first period and a step");
        }
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ItmValidationException(where + ".period", "unrecognised period '" + text + "'");
        }
    }
}
