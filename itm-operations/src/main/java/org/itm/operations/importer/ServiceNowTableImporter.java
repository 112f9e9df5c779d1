package org.itm.operations.importer;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Validation;
import org.itm.operations.importer.internal.JsonRecords;
import org.itm.operations.incident.IncidentState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads incidents exported through ServiceNow's Table API ({@code GET /api/now/table/incident}) into
 * {@link IncidentTimeline}s for the SLA engine ({@link IncidentTimeline#toSlaTimeline()}) and the KPIs
 * ({@link IncidentLogKpis}).
 *
 * <pre>{@code
 * ImportResult r = ServiceNowTableImporter.create().importJson(body);   // {"result": [ {...}, ... ]}
 * }</pre>
 *
 * <h2>Fields</h2>
 * Each field may come in any of the Table API's forms: a plain string ({@code sysparm_display_value=true} or
 * {@code false}), or an object {@code {"display_value": ..., "value": ...}} ({@code sysparm_display_value=all}),
 * reference fields possibly with a {@code link}. Used: {@code number} (required), {@code state} (display name
 * {@code New}, {@code In Progress}, {@code On Hold}, {@code Resolved}, {@code Closed}, {@code Canceled} or the codes
 * 1, 2, 3, 6, 7, 8), {@code hold_reason} (required for On Hold: {@code Awaiting Caller}, {@code Awaiting Change},
 * {@code Awaiting Problem}, {@code Awaiting Vendor} or the codes 1, 5, 3, 4), {@code priority} ({@code 2 - High} or
 * the code 1–5, required), {@code opened_at} (required), {@code resolved_at}, {@code closed_at},
 * {@code sys_updated_on}, {@code sys_updated_by}, {@code opened_by}, {@code resolved_by}, {@code closed_by},
 * {@code assignment_group} (its display value), {@code reassignment_count}, {@code reopen_count},
 * {@code sys_mod_count}, {@code made_sla} (true when absent), {@code active}. Timestamps are
 * {@code yyyy-MM-dd HH:mm:ss}: an object's {@code value} is UTC, as ServiceNow stores it; a plain string, or a
 * {@code display_value} alone, is read in the {@linkplain Builder#zone configured zone} (the exporting user's).
 *
 * <h2>Timeline</h2>
 * A Table API record is the incident as it stands, not its history, so its timeline has the updates the record
 * proves: opened ({@code New}, at {@code opened_at}), resolved (at {@code resolved_at}), closed (at
 * {@code closed_at}), and its current state at {@code sys_updated_on} when that is none of these (e.g. an incident
 * reopened after resolution, or still on hold). For the full history, export the event log
 * ({@link ServiceNowEventLogImporter}).
 *
 * <h2>Bad input</h2>
 * A document that is not JSON, is truncated, or has no {@code result} throws {@link ItmValidationException} naming
 * the JSON path and line, and nothing is imported. A record with a missing or bad field is rejected whole, listed
 * with its number, line and every reason ({@code $.result[3].opened_at: ...}); a second record with the same number
 * is rejected as a duplicate. In strict mode the first rejected record fails the import. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServiceNowTableImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceNowTableImporter.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
            Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> STATE_CODES = Map.of("1", "New", "2", "In Progress", "3", "On Hold",
            "6", "Resolved", "7", "Closed", "8", "Canceled");
    private static final Map<String, ServiceNowState> HOLD_REASONS = Map.of(
            "Awaiting Caller", ServiceNowState.AWAITING_USER_INFO, "1", ServiceNowState.AWAITING_USER_INFO,
            "Awaiting Change", ServiceNowState.AWAITING_CHANGE, "5", ServiceNowState.AWAITING_CHANGE,
            "Awaiting Problem", ServiceNowState.AWAITING_PROBLEM, "3", ServiceNowState.AWAITING_PROBLEM,
            "Awaiting Vendor", ServiceNowState.AWAITING_VENDOR, "4", ServiceNowState.AWAITING_VENDOR);
    private static final Map<String, String> PRIORITY_CODES = Map.of("1", "1 - Critical", "2", "2 - High",
            "3", "3 - Moderate", "4", "4 - Low", "5", "5 - Planning");

    private final ZoneId zone;
    private final boolean strict;

    private ServiceNowTableImporter(ZoneId zone, boolean strict) {
        this.zone = zone;
        this.strict = strict;
    }

    /**
     * A builder with the defaults: plain timestamps in UTC, lenient.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An importer with the defaults: plain timestamps in UTC, lenient.
     *
     * @return an immutable, thread-safe importer
     */
    public static ServiceNowTableImporter create() {
        return builder().build();
    }

    /**
     * Imports a Table API answer from a UTF-8 file.
     *
     * @param file the file
     * @return the timelines and the report
     * @throws ItmValidationException if the file is missing or the document cannot be read
     * @throws UncheckedIOException   if reading fails
     */
    public ImportResult importFile(Path file) {
        Checks.notNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ItmValidationException("file", "is not a readable file: " + file);
        }
        if (fileSize(file) > ItmJson.MAX_DOCUMENT_CHARS * 4) {
            throw new ItmValidationException("file", "is larger than a document may be: " + file);
        }
        try {
            return importJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Imports a Table API answer: {@code {"result": [records]}}, {@code {"result": record}}, or an array of records.
     *
     * @param json the document
     * @return the timelines, in document order, and the report
     * @throws ItmValidationException if the document cannot be read, or (strict) a record is rejected
     */
    public ImportResult importJson(String json) {
        Checks.notNull(json, "json");
        JsonRecords.Records records = JsonRecords.read(json, "result", false,
                "a Table API answer {\"result\": [...]}");
        List<JsonRecords.Entry> entries = records.entries();
        List<IncidentTimeline> incidents = new ArrayList<>();
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long used = 0;
        for (JsonRecords.Entry e : entries) {
            long row = e.index() + 1L;
            String path = records.path(e);
            List<String> problems = new ArrayList<>();
            String number = e.node().isObject() ? field(e.node(), "number").flatMap(Field::display).orElse("") : "";
            IncidentTimeline t = null;
            if (!e.node().isObject()) {
                problems.add(path + ": must be an object");
            } else {
                t = record(e.node(), row, path, problems, warnings, e.line());
            }
            if (t != null && problems.isEmpty()) {
                Long first = seen.putIfAbsent(t.number(), row);
                if (first != null) {
                    problems.add(path + ".number: duplicate of record " + first + " (" + t.number() + ")");
                }
            }
            if (!problems.isEmpty()) {
                RowIssue issue = new RowIssue(row, Math.max(1, e.line()), number, String.join("; ", problems));
                if (strict) {
                    throw new ItmValidationException(path, issue.toString());
                }
                rejected.add(issue);
                continue;
            }
            incidents.add(t);
            used++;
        }
        LOG.debug("imported {} Table API records: {} incidents, {} rejected", entries.size(), incidents.size(),
                rejected.size());
        return new ImportResult(incidents, new ImportReport(entries.size(), used, incidents.size(), rejected,
                warnings));
    }

    private @Nullable IncidentTimeline record(JsonNode r, long row, String path, List<String> problems,
                                    List<RowIssue> warnings, long line) {
        Optional<String> number = text(r, "number", path, problems, true);
        Optional<ServiceNowState> state = state(r, path, problems);
        Optional<String> priority = text(r, "priority", path, problems, true)
                .map(p -> PRIORITY_CODES.getOrDefault(p, p));
        Optional<Instant> openedAt = time(r, "opened_at", path, problems, true);
        Optional<Instant> resolvedAt = time(r, "resolved_at", path, problems, false);
        Optional<Instant> closedAt = time(r, "closed_at", path, problems, false);
        Optional<Instant> updatedOn = time(r, "sys_updated_on", path, problems, false);
        int reassignments = count(r, "reassignment_count", path, problems);
        int reopens = count(r, "reopen_count", path, problems);
        int modCount = count(r, "sys_mod_count", path, problems);
        Optional<Boolean> madeSla = flag(r, "made_sla", path, problems);
        Optional<Boolean> active = flag(r, "active", path, problems);
        Optional<String> group = field(r, "assignment_group").flatMap(Field::display);
        if (!problems.isEmpty() || number.isEmpty() || state.isEmpty() || priority.isEmpty()
                || openedAt.isEmpty()) {
            return null;
        }
        ServiceNowState current = state.get();
        boolean isActive = active.orElse(current.incidentState() != IncidentState.RESOLVED
                && current.incidentState() != IncidentState.CLOSED
                && current.incidentState() != IncidentState.CANCELLED);
        boolean sla = madeSla.orElse(true);
        List<IncidentUpdate> updates = new ArrayList<>();
        updates.add(new IncidentUpdate(row, openedAt.get(), 0, field(r, "opened_by").flatMap(Field::display),
                ServiceNowState.NEW, true, priority.get(), group, 0, 0, sla));
        resolvedAt.ifPresent(at -> updates.add(new IncidentUpdate(row, at, 0,
                field(r, "resolved_by").flatMap(Field::display), ServiceNowState.RESOLVED, false, priority.get(),
                group, reassignments, 0, sla)));
        closedAt.ifPresent(at -> updates.add(new IncidentUpdate(row, at, 0,
                field(r, "closed_by").flatMap(Field::display), ServiceNowState.CLOSED, false, priority.get(),
                group, reassignments, reopens, sla)));
        Instant last = updatedOn.orElseGet(() -> updates.stream().map(IncidentUpdate::updatedAt)
                .max(Comparator.naturalOrder()).orElseThrow());
        boolean shown = switch (current) {
            case NEW -> updates.size() == 1;
            case RESOLVED -> resolvedAt.isPresent() && closedAt.isEmpty();
            case CLOSED -> closedAt.isPresent();
            default -> false;
        };
        if (current == ServiceNowState.RESOLVED && resolvedAt.isEmpty()
                || current == ServiceNowState.CLOSED && closedAt.isEmpty()) {
            warnings.add(new RowIssue(row, Math.max(1, line), number.get(), "state is " + current.displayName()
                    + " but its time is missing; sys_updated_on is used"));
        }
        updates.sort(Comparator.comparing(IncidentUpdate::updatedAt));
        if (!shown) {
            if (last.isBefore(updates.get(updates.size() - 1).updatedAt())) {
                last = updates.get(updates.size() - 1).updatedAt();
            }
            updates.add(new IncidentUpdate(row, last, modCount, field(r, "sys_updated_by").flatMap(Field::display),
                    current, isActive, priority.get(), group, reassignments, reopens, sla));
        } else {
            // the record's counters are those of its latest update
            IncidentUpdate u = updates.remove(updates.size() - 1);
            updates.add(new IncidentUpdate(row, u.updatedAt(), modCount, u.updatedBy(), u.state(), isActive,
                    u.priority(), group, reassignments, reopens, sla));
        }
        if (resolvedAt.isPresent() && resolvedAt.get().isBefore(openedAt.get())) {
            warnings.add(new RowIssue(row, Math.max(1, line), number.get(),
                    "resolved_at is before opened_at; the incident has no time to resolve"));
        }
        return new IncidentTimeline(number.get(), openedAt.get(), resolvedAt, closedAt, updates);
    }

    private Optional<ServiceNowState> state(JsonNode r, String path, List<String> problems) {
        Optional<String> s = text(r, "state", path, problems, true).map(v -> STATE_CODES.getOrDefault(v, v));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().equals("On Hold")) {
            Optional<Field> reason = field(r, "hold_reason");
            Optional<ServiceNowState> hold = reason.flatMap(f -> f.display().map(HOLD_REASONS::get)
                    .or(() -> f.raw().map(HOLD_REASONS::get)));
            if (hold.isEmpty()) {
                problems.add(path + ".hold_reason: must be Awaiting Caller, Awaiting Change, Awaiting Problem or "
                        + "Awaiting Vendor (or 1, 5, 3, 4) for state On Hold, was "
                        + reason.flatMap(Field::display).map(Checks::quote).orElse("missing"));
            }
            return hold;
        }
        Optional<ServiceNowState> known = ServiceNowState.fromDisplayName(s.get());
        if (known.isEmpty()) {
            problems.add(path + ".state: " + Checks.quote(s.get()) + " is not an incident state (New, In Progress, "
                    + "On Hold, Resolved, Closed, Canceled or 1, 2, 3, 6, 7, 8)");
        }
        return known;
    }

    /** A field's display value and raw value, whatever form it came in. */
    private record Field(Optional<String> display, Optional<String> raw, boolean plain) {
    }

    private static Optional<Field> field(JsonNode r, String name) {
        JsonNode n = r.get(name);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isString() || n.isNumber() || n.isBoolean()) {
            Optional<String> v = Optional.of(n.asString()).filter(s -> !s.isEmpty());
            return v.isEmpty() ? Optional.empty() : Optional.of(new Field(v, v, true));
        }
        if (n.isObject()) {
            Optional<String> display = scalar(n.get("display_value"));
            Optional<String> raw = scalar(n.get("value"));
            if (display.isEmpty() && raw.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Field(display.or(() -> raw), raw, false));
        }
        return Optional.of(new Field(Optional.empty(), Optional.empty(), true));
    }

    private static Optional<String> scalar(JsonNode n) {
        if (n == null || n.isNull() || !(n.isString() || n.isNumber() || n.isBoolean())) {
            return Optional.empty();
        }
        return Optional.of(n.asString()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(JsonNode r, String name, String path, List<String> problems,
                                         boolean required) {
        JsonNode n = r.get(name);
        if (n != null && !n.isNull() && !(n.isString() || n.isNumber() || n.isBoolean() || n.isObject())) {
            problems.add(path + "." + name + ": must be a string or {display_value, value}, was "
                    + n.getNodeType().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        Optional<String> v = field(r, name).flatMap(Field::display).map(String::trim).filter(s -> !s.isEmpty());
        if (v.isPresent() && v.get().length() > 1024) {
            problems.add(path + "." + name + ": is longer than 1024 characters (" + v.get().length() + ")");
            return Optional.empty();
        }
        if (v.isEmpty() && required) {
            problems.add(path + "." + name + ": is required");
        }
        return v;
    }

    private Optional<Instant> time(JsonNode r, String name, String path, List<String> problems, boolean required) {
        Optional<Field> f = field(r, name);
        if (f.isEmpty()) {
            if (required) {
                problems.add(path + "." + name + ": is required");
            }
            return Optional.empty();
        }
        // an object's value is stored UTC; a plain string or a lone display value is the user's local time
        boolean utc = !f.get().plain() && f.get().raw().isPresent();
        Optional<String> s = utc ? f.get().raw() : f.get().display();
        try {
            LocalDateTime local = LocalDateTime.parse(s.orElse(""), TIMESTAMP);
            return Optional.of((utc ? local.atZone(ZoneOffset.UTC) : local.atZone(zone)).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(path + "." + name + ": " + s.map(Checks::quote).orElse("(no value)")
                    + " is not a yyyy-MM-dd HH:mm:ss timestamp");
            return Optional.empty();
        }
    }

    private static int count(JsonNode r, String name, String path, List<String> problems) {
        Optional<String> s = field(r, name).flatMap(Field::raw);
        if (s.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(s.get().trim());
            if (n < 0) {
                problems.add(path + "." + name + ": must not be negative, was " + n);
                return 0;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(path + "." + name + ": " + Checks.quote(s.get()) + " is not a whole number");
            return 0;
        }
    }

    private static Optional<Boolean> flag(JsonNode r, String name, String path, List<String> problems) {
        Optional<String> s = field(r, name).flatMap(Field::raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        switch (s.get().trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                problems.add(path + "." + name + ": " + Checks.quote(s.get()) + " is not true or false");
                return Optional.empty();
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
         * The zone of plain timestamps and lone display values: the exporting user's time zone for
         * {@code sysparm_display_value=true}, UTC (the default) for {@code false}.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * Fail the whole import on the first rejected record (default false: lenient).
         *
         * @param strict whether to
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The importer.
         *
         * @return the importer
         * @throws ItmValidationException if the zone is missing
         */
        public ServiceNowTableImporter build() {
            Validation.validate(this);
            return new ServiceNowTableImporter(Objects.requireNonNull(zone), strict);
        }
    }
}
