package org.itm.capacity.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Reads {@code period,value} CSV files (lines starting with {@code #} are comments, the first other line is the
 * header). A period is a month {@code 1959-01}, a date {@code 2024-03-01}, a local date-time or an ISO instant
 * (all UTC), or an integer index for {@link #readIndexed}.
 */
public final class TimeSeriesCsv {

    private static final Pattern FREQUENCY = Pattern.compile("frequency\\s+(\\d+)");

    private TimeSeriesCsv() {
    }

    /** Reads a file whose periods are months, dates, date-times or instants. */
    public static TimeSeries read(Path path, String name, Unit unit) {
        return parse(lines(path), name, unit, null, null);
    }

    /**
     * Reads a file whose periods are integer indices {@code 1, 2, ...}: index {@code i} is placed at
     * {@code firstPeriod + (i − 1) × step}.
     */
    public static TimeSeries readIndexed(Path path, String name, Unit unit, Instant firstPeriod, Duration step) {
        Checks.notNull(firstPeriod, "firstPeriod");
        Checks.positive(step, "step");
        return parse(lines(path), name, unit, firstPeriod, step);
    }

    /** Parses CSV text from {@code reader}; see {@link #read}. */
    public static TimeSeries read(Reader reader, String name, Unit unit) {
        Checks.notNull(reader, "reader");
        try (BufferedReader br = new BufferedReader(reader)) {
            return parse(br.lines().toList(), name, unit, null, null);
        } catch (IOException e) {
            throw new ItmException("cannot read time series CSV '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The seasonal frequency declared in the file's comment ({@code "... frequency 12 ..."}), if any. */
    public static OptionalInt declaredFrequency(Path path) {
        for (String line : lines(path)) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = FREQUENCY.matcher(line);
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static List<String> lines(Path path) {
        Checks.notNull(path, "path");
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ItmException("cannot read time series CSV " + path + ": " + e.getMessage(), e);
        }
    }

    private static TimeSeries parse(List<String> lines, String name, Unit unit, Instant first, Duration step) {
        Checks.notBlank(name, "name");
        Checks.notNull(unit, "unit");
        List<Observation> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] parts = line.split(",", -1);
            String where = "line " + (i + 1);
            if (parts.length != 2) {
                throw new ItmValidationException(where, "expected 'period,value', was '" + line + "'");
            }
            double value;
            try {
                value = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new ItmValidationException(where + ".value", "not a number: '" + parts[1] + "'");
            }
            out.add(new Observation(period(parts[0].strip(), where, first, step), value));
        }
        return new TimeSeries(name, unit, out);
    }

    private static Instant period(String text, String where, Instant first, Duration step) {
        if (text.matches("\\d+")) {
            if (first == null) {
                throw new ItmValidationException(where + ".period",
                        "integer period '" + text + "' needs readIndexed with a first period and a step");
            }
            return first.plus(step.multipliedBy(Long.parseLong(text) - 1));
        }
        if (first != null) {
            throw new ItmValidationException(where + ".period", "expected an integer index, was '" + text + "'");
        }
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ItmValidationException(where + ".period", "unrecognised period '" + text + "'");
        }
    }
}
