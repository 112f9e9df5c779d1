package org.itm.operations.importer;

import jakarta.validation.constraints.NotNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Validation;
import org.itm.operations.importer.internal.CsvReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the incident event log exported from a ServiceNow instance (one CSV row per update of an incident, the
 * shape of the public "incident management process enriched event log") into {@link IncidentTimeline}s.
 *
 * <pre>{@code
 * ImportResult r = ServiceNowEventLogImporter.builder().zone(ZoneId.of("Europe/Paris")).build()
 *         .importFile(Path.of("incident_event_log.csv.zip"));
 * r.report().rejected().forEach(System.out::println);
 * }</pre>
 *
 * <p>Columns are found by header name, so their order does not matter; the columns used are listed in
 * {@link #REQUIRED_COLUMNS}. {@code ?} (and an empty field) marks a missing value. Per row, {@code number},
 * {@code incident_state} (one of {@link ServiceNowState}), {@code sys_updated_at}, {@code opened_at},
 * {@code priority}, the counts and the flags are required; {@code assignment_group}, {@code sys_updated_by},
 * {@code resolved_at} and {@code closed_at} may be missing but, when present, must be valid. Timestamps are
 * {@code d/M/yyyy H:mm} local times in the configured zone.
 *
 * <p>In the default lenient mode a row that cannot be used is rejected, listed in the {@link ImportReport} with its
 * row number and every reason, and the import goes on; a row identical in every column to an earlier row is
 * rejected as a duplicate. In strict mode the first such row fails the whole import with an
 * {@link ItmValidationException} naming it. Updates of an incident are ordered by {@code sys_updated_at}, then
 * {@code sys_mod_count}, then row; incident-level columns (opened/resolved/closed) are taken from the latest
 * update, with a warning when rows of the same incident disagree.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServiceNowEventLogImporter {

    /** The columns the importer reads; a file without one of them is refused. */
    public static final List<String> REQUIRED_COLUMNS = List.of("number", "incident_state", "active",
            "reassignment_count", "reopen_count", "sys_mod_count", "made_sla", "opened_at", "sys_updated_by",
            "sys_updated_at", "priority", "assignment_group", "resolved_at", "closed_at");

    private static final Logger LOG = LoggerFactory.getLogger(ServiceNowEventLogImporter.class);
    private static final String MISSING = "?";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d/M/uuuu H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;
    private final boolean strict;

    private ServiceNowEventLogImporter(ZoneId zone, boolean strict) {
        this.zone = zone;
        this.strict = strict;
    }

    /**
     * A builder with the defaults: timestamps in UTC, lenient.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An importer with the defaults: timestamps in UTC, lenient.
     *
     * @return an immutable, thread-safe importer
     */
    public static ServiceNowEventLogImporter create() {
        return builder().build();
    }

    /**
     * The zone the log's local timestamps are read in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * True when the first unusable row fails the import instead of being rejected.
     *
     * @return true in strict mode
     */
    public boolean strict() {
        return strict;
    }

    /**
     * Imports a file: a {@code .zip} holding the CSV (its first entry whose name ends in {@code .csv}) or a plain
     * CSV file, in UTF-8.
     *
     * @param file a {@code .zip} or {@code .csv} file
     * @return the incidents imported and the report of accepted and rejected rows
     * @throws ItmValidationException if the file is missing, has no CSV entry or header columns are missing, or
     *                                (strict mode) a row cannot be used
     * @throws UncheckedIOException   if reading fails
     */
    public ImportResult importFile(Path file) {
        Checks.notNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ItmValidationException("file", "is not a readable file: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return importZip(in, file.toString());
            }
            return importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private ImportResult importZip(InputStream raw, String name) throws IOException {
        // a zip stream cannot seek, so the first .csv entry is taken; the export holds exactly one file
        try (ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && (entry.isDirectory()
                    || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                throw new ItmValidationException("file", "zip archive " + name + " holds no entry ending in .csv");
            }
            LOG.debug("importing {} from {}", entry.getName(), name);
            return importCsv(new InputStreamReader(zip, StandardCharsets.UTF_8));
        }
    }

    /**
     * Imports CSV text with a header row. The reader is read to its end but not closed.
     *
     * @param csv the CSV text
     * @return the incidents imported and the report of accepted and rejected rows
     * @throws ItmValidationException if header columns are missing or (strict mode) a row cannot be used
     */
    public ImportResult importCsv(Reader csv) {
        Checks.notNull(csv, "csv");
        CsvReader reader = new CsvReader(csv instanceof BufferedReader ? csv : new BufferedReader(csv, 1 << 16));
        CsvReader.CsvRecord header = reader.next()
                .orElseThrow(() -> new ItmValidationException("csv", "is empty: a header row is required"));
        Columns cols = Columns.of(header);
        Map<String, List<Parsed>> byIncident = new LinkedHashMap<>();
        Map<String, Map<RowDigest, Long>> seen = new HashMap<>();
        List<RowIssue> rejected = new ArrayList<>();
        MessageDigest sha = RowDigest.sha256();
        // every row repeats opened_at/resolved_at/closed_at, so most timestamps are parsed once and looked up after
        Map<String, Instant> times = new HashMap<>();
        long rows = 0;
        long used = 0;
        Optional<CsvReader.CsvRecord> next;
        while ((next = reader.next()).isPresent()) {
            CsvReader.CsvRecord rec = next.get();
            rows++;
            Parsed parsed;
            try {
                parsed = parse(rec, rows, cols, times);
            } catch (RowRejected e) {
                RowIssue issue = new RowIssue(rows, rec.line(), e.incident, String.valueOf(e.getMessage()));
                if (strict) {
                    throw new ItmValidationException("rows[" + rows + "]", issue.toString());
                }
                rejected.add(issue);
                continue;
            }
            // a duplicate repeats every column; keeping the first copy keeps the count of updates honest
            Long original = seen.computeIfAbsent(parsed.number, k -> new HashMap<>())
                    .putIfAbsent(RowDigest.of(rec.fields(), sha), rows);
            if (original != null) {
                RowIssue issue = new RowIssue(rows, rec.line(), parsed.number,
                        "duplicate of row " + original + " (identical in every column)");
                if (strict) {
                    throw new ItmValidationException("rows[" + rows + "]", issue.toString());
                }
                rejected.add(issue);
                continue;
            }
            byIncident.computeIfAbsent(parsed.number, k -> new ArrayList<>()).add(parsed);
            used++;
        }
        seen.clear();
        List<RowIssue> warnings = new ArrayList<>();
        List<IncidentTimeline> incidents = new ArrayList<>(byIncident.size());
        for (Map.Entry<String, List<Parsed>> e : byIncident.entrySet()) {
            incidents.add(timeline(e.getKey(), e.getValue(), warnings));
        }
        ImportReport report = new ImportReport(rows, used, incidents.size(), rejected, warnings);
        LOG.debug("imported {} rows into {} incidents, {} rejected, {} warnings", rows, incidents.size(),
                rejected.size(), warnings.size());
        return new ImportResult(incidents, report);
    }

    private static IncidentTimeline timeline(String number, List<Parsed> rows, List<RowIssue> warnings) {
        List<Parsed> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Parsed p) -> p.update.updatedAt())
                .thenComparingInt(p -> p.update.modCount())
                .thenComparingLong(p -> p.update.row()));
        if (!sorted.equals(rows)) {
            Parsed firstOut = firstOutOfOrder(rows);
            warnings.add(new RowIssue(firstOut.update.row(), firstOut.line, number,
                    "updates are not in time order in the file; ordered by sys_updated_at, then sys_mod_count"));
        }
        Parsed last = sorted.get(sorted.size() - 1);
        for (Parsed p : sorted) {
            if (!p.openedAt.equals(last.openedAt) || !p.resolvedAt.equals(last.resolvedAt)
                    || !p.closedAt.equals(last.closedAt)) {
                warnings.add(new RowIssue(p.update.row(), p.line, number,
                        "opened_at/resolved_at/closed_at differ from the latest update (row " + last.update.row()
                                + "), whose values are used"));
            }
        }
        if (last.resolvedAt.isPresent() && last.resolvedAt.get().isBefore(last.openedAt)) {
            warnings.add(new RowIssue(last.update.row(), last.line, number,
                    "resolved_at is before opened_at; the incident has no time to resolve"));
        }
        return new IncidentTimeline(number, last.openedAt, last.resolvedAt, last.closedAt,
                sorted.stream().map(p -> p.update).toList());
    }

    private static Parsed firstOutOfOrder(List<Parsed> rows) {
        for (int i = 1; i < rows.size(); i++) {
            IncidentUpdate a = rows.get(i - 1).update;
            IncidentUpdate b = rows.get(i).update;
            int c = b.updatedAt().compareTo(a.updatedAt());
            if (c < 0 || (c == 0 && b.modCount() < a.modCount())) {
                return rows.get(i);
            }
        }
        return rows.get(0);
    }

    private Parsed parse(CsvReader.CsvRecord rec, long row, Columns cols, Map<String, Instant> times) {
        List<String> f = rec.fields();
        if (rec.error().isPresent()) {
            throw new RowRejected(cols.number < f.size() ? value(f.get(cols.number)).orElse("") : "",
                    "malformed CSV: " + rec.error().get());
        }
        if (f.size() == 1 && f.get(0).isEmpty()) {
            throw new RowRejected("", "empty line");
        }
        if (f.size() != cols.width) {
            throw new RowRejected(cols.number < f.size() ? value(f.get(cols.number)).orElse("") : "",
                    "has " + f.size() + " fields, the header has " + cols.width);
        }
        List<String> problems = new ArrayList<>();
        String number = value(f.get(cols.number)).orElse("");
        if (number.isEmpty()) {
            problems.add("number is missing");
        }
        Optional<ServiceNowState> state = value(f.get(cols.state)).flatMap(ServiceNowState::fromDisplayName);
        if (state.isEmpty()) {
            problems.add(value(f.get(cols.state)).map(s -> "incident_state '" + s + "' is not a known ServiceNow state")
                    .orElse("incident_state is missing"));
        }
        Optional<Instant> updatedAt = requiredTime(f.get(cols.updatedAt), "sys_updated_at", times, problems);
        Optional<Instant> openedAt = requiredTime(f.get(cols.openedAt), "opened_at", times, problems);
        Optional<Instant> resolvedAt = optionalTime(f.get(cols.resolvedAt), "resolved_at", times, problems);
        Optional<Instant> closedAt = optionalTime(f.get(cols.closedAt), "closed_at", times, problems);
        int modCount = count(f.get(cols.modCount), "sys_mod_count", problems);
        int reassignments = count(f.get(cols.reassignments), "reassignment_count", problems);
        int reopens = count(f.get(cols.reopens), "reopen_count", problems);
        Boolean active = flag(f.get(cols.active), "active", problems);
        Boolean madeSla = flag(f.get(cols.madeSla), "made_sla", problems);
        Optional<String> priority = value(f.get(cols.priority));
        if (priority.isEmpty()) {
            problems.add("priority is missing");
        }
        if (!problems.isEmpty()) {
            throw new RowRejected(number, String.join("; ", problems));
        }
        IncidentUpdate update = new IncidentUpdate(row, updatedAt.orElseThrow(), modCount,
                value(f.get(cols.updatedBy)), state.orElseThrow(), active, priority.orElseThrow(),
                value(f.get(cols.group)), reassignments, reopens, madeSla);
        return new Parsed(number, rec.line(), update, openedAt.orElseThrow(), resolvedAt, closedAt);
    }

    private static Optional<String> value(String raw) {
        String v = raw.trim();
        return v.isEmpty() || v.equals(MISSING) ? Optional.empty() : Optional.of(v);
    }

    private Optional<Instant> requiredTime(String raw, String column, Map<String, Instant> times,
                                           List<String> problems) {
        Optional<String> v = value(raw);
        if (v.isEmpty()) {
            problems.add(column + " is missing");
            return Optional.empty();
        }
        return time(v.get(), column, times, problems);
    }

    private Optional<Instant> optionalTime(String raw, String column, Map<String, Instant> times,
                                           List<String> problems) {
        return value(raw).flatMap(v -> time(v, column, times, problems));
    }

    private Optional<Instant> time(String v, String column, Map<String, Instant> times, List<String> problems) {
        Instant known = times.get(v);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Instant t = LocalDateTime.parse(v, TIMESTAMP).atZone(zone).toInstant();
            times.put(v, t);
            return Optional.of(t);
        } catch (DateTimeParseException e) {
            problems.add(column + " '" + v + "' is not a d/m/yyyy HH:mm timestamp");
            return Optional.empty();
        }
    }

    private static int count(String raw, String column, List<String> problems) {
        Optional<String> v = value(raw);
        if (v.isEmpty()) {
            problems.add(column + " is missing");
            return 0;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < 0) {
                problems.add(column + " '" + v.get() + "' is negative");
                return 0;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(column + " '" + v.get() + "' is not a whole number");
            return 0;
        }
    }

    private static Boolean flag(String raw, String column, List<String> problems) {
        Optional<String> v = value(raw);
        if (v.isEmpty()) {
            problems.add(column + " is missing");
            return Boolean.FALSE;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(column + " '" + v.get() + "' is not true or false");
                yield Boolean.FALSE;
            }
        };
    }

    /**
     * 128 bits of the SHA-256 of a row's fields: enough to tell duplicates apart without keeping every row's text
     * in memory (a false match would need a SHA-256 collision on 128 bits).
     */
    private record RowDigest(long high, long low) {
        static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform provides SHA-256", e);
            }
        }

        static RowDigest of(List<String> fields, MessageDigest sha) {
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                // the length prefix keeps ("a,b", "") apart from ("a", "b,")
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            ByteBuffer d = ByteBuffer.wrap(sha.digest());
            return new RowDigest(d.getLong(), d.getLong());
        }
    }

    /** A usable row before grouping: the update plus the incident-level columns it repeats. */
    private record Parsed(String number, long line, IncidentUpdate update, Instant openedAt,
                          Optional<Instant> resolvedAt, Optional<Instant> closedAt) {
    }

    /** Signals an unusable row; caught in the import loop, never leaves this class. */
    private static final class RowRejected extends ItmException {
        private static final long serialVersionUID = 1L;
        private final String incident;

        RowRejected(String incident, String reason) {
            super(reason);
            this.incident = incident;
        }
    }

    /** Positions of the used columns in the header. */
    private record Columns(int width, int number, int state, int active, int reassignments, int reopens,
                           int modCount, int madeSla, int openedAt, int updatedBy, int updatedAt, int priority,
                           int group, int resolvedAt, int closedAt) {

        static Columns of(CsvReader.CsvRecord header) {
            if (header.error().isPresent()) {
                throw new ItmValidationException("header", "is malformed: " + header.error().get());
            }
            Map<String, Integer> index = new HashMap<>();
            List<String> names = header.fields();
            for (int i = 0; i < names.size(); i++) {
                index.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ItmValidationException("header", "lacks the column(s) " + missing
                        + " of a ServiceNow incident event log");
            }
            // every required column is present (checked just above)
            return new Columns(names.size(), column(index, "number"), column(index, "incident_state"),
                    column(index, "active"), column(index, "reassignment_count"), column(index, "reopen_count"),
                    column(index, "sys_mod_count"), column(index, "made_sla"), column(index, "opened_at"),
                    column(index, "sys_updated_by"), column(index, "sys_updated_at"), column(index, "priority"),
                    column(index, "assignment_group"), column(index, "resolved_at"), column(index, "closed_at"));
        }

        private static int column(Map<String, Integer> index, String name) {
            return Objects.requireNonNull(index.get(name), name);
        }
    }

    /**
     * Collects the settings of an importer; {@link #build()} checks them through
     * {@link Validation#check(Object, Class...)} against the constraint annotations on the fields. Not thread-safe.
     */
    public static final class Builder {
        @NotNull(message = "must be set: the zone of the export's local timestamps (UTC by default)")
        private @Nullable ZoneId zone = ZoneOffset.UTC;
        private boolean strict;

        private Builder() {
        }

        /**
         * The zone the log's local timestamps are in (default UTC).
         *
         * @param zone the zone; required
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * Fail the whole import on the first unusable row instead of rejecting it (default false: lenient).
         *
         * @param strict true to fail on the first unusable row
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The importer.
         *
         * @return an immutable, thread-safe importer
         * @throws ItmValidationException if the zone is missing
         */
        public ServiceNowEventLogImporter build() {
            Validation.validate(this);
            return new ServiceNowEventLogImporter(Objects.requireNonNull(zone), strict);
        }
    }
}
