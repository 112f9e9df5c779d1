package org.itm.operations.importer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.itm.operations.importer.internal.JsonRecords;
import org.itm.operations.incident.IncidentState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads Jira Cloud issues with their change history (REST API v2/v3 {@code /search?expand=changelog} or
 * {@code /issue/{key}?expand=changelog}) into {@link IncidentTimeline}s for the SLA engine and the KPIs.
 *
 * <pre>{@code
 * ImportResult r = JiraIssueImporter.builder()
 *         .status("Waiting for customer", ServiceNowState.AWAITING_USER_INFO)
 *         .slaField("customfield_10030")        // Jira Service Management "Time to resolution"
 *         .build()
 *         .importJson(searchAnswer);
 * }</pre>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>The issue {@code key} is the incident number; {@code fields.created} the opening,
 *       {@code fields.resolutiondate} the resolution.</li>
 *   <li>Jira status names (per workflow) map to lifecycle states by name, case-insensitive: the defaults cover the
 *       usual Jira and Jira Service Management names ({@code Open}, {@code To Do}, {@code In Progress},
 *       {@code Waiting for customer}, {@code Resolved}, {@code Done}, {@code Closed}, …, see
 *       {@link #DEFAULT_STATUSES}); add your workflow's with {@link Builder#status}. An issue whose current or
 *       historical status is not mapped is rejected, naming the status.</li>
 *   <li>Priorities map by name ({@code Highest} → {@code 1 - Critical} … {@code Lowest} → {@code 5 - Planning},
 *       so the SLA engine sees {@code P1}–{@code P5}); other names are kept as they are.</li>
 *   <li>The timeline starts at {@code created} with the status and priority the first change moved away from
 *       (the current ones when nothing changed), then one update per {@code changelog.histories} entry that
 *       changes the status, priority or assignee, at its {@code created}, by its author. A change of assignee
 *       from someone to someone else counts as a reassignment; a move from a resolved or closed status to an open
 *       one as a reopening. The closing time is the last move into a closed status.</li>
 *   <li>Whether the SLA was met: the JSM SLA field named by {@link Builder#slaField} (no completed or ongoing
 *       cycle {@code breached}); without one, {@code made_sla} is taken as true and the report says so — compute
 *       SLA compliance with the SLA engine instead.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * A document that is not JSON or is truncated throws {@link ItmValidationException} with the JSON path and line,
 * and nothing is imported. An issue with a missing or bad field, an unmapped status, or a changelog that holds
 * fewer histories than its {@code total} (the rest must be fetched from {@code /issue/{key}/changelog}) is rejected
 * whole with every reason. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JiraIssueImporter {

    /** Default status names (lower case) and their states. */
    public static final Map<String, ServiceNowState> DEFAULT_STATUSES = defaultStatuses();
    /** Default priority names (lower case) and the priorities they become. */
    public static final Map<String, String> DEFAULT_PRIORITIES = Map.of("highest", "1 - Critical",
            "high", "2 - High", "medium", "3 - Moderate", "low", "4 - Low", "lowest", "5 - Planning");

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueImporter.class);
    // a field id as the REST API keys it (customfield_10030, components), never a display name with spaces
    private static final String FIELD_ID = "[A-Za-z0-9_.-]+";
    private static final String FIELD_ID_MESSAGE = "must be a field id such as customfield_10030 (letters, digits,"
            + " _ . -), not a display name";
    // Jira writes 2026-03-02T09:15:00.000+0100; RFC 3339 offsets are read too
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Map<String, ServiceNowState> statuses;
    private final Map<String, String> priorities;
    private final Optional<String> slaField;
    private final Optional<String> groupField;
    private final boolean strict;

    private JiraIssueImporter(Builder b) {
        this.statuses = Map.copyOf(b.statuses);
        this.priorities = Map.copyOf(b.priorities);
        this.slaField = Optional.ofNullable(b.slaField);
        this.groupField = Optional.ofNullable(b.groupField);
        this.strict = b.strict;
    }

    private static Map<String, ServiceNowState> defaultStatuses() {
        Map<String, ServiceNowState> m = new LinkedHashMap<>();
        for (String s : List.of("open", "new", "to do", "backlog", "selected for development", "reopened")) {
            m.put(s, ServiceNowState.NEW);
        }
        for (String s : List.of("in progress", "work in progress", "waiting for support", "escalated",
                "investigating", "identified", "under investigation", "in review")) {
            m.put(s, ServiceNowState.IN_PROGRESS);
        }
        m.put("waiting for customer", ServiceNowState.AWAITING_USER_INFO);
        m.put("pending", ServiceNowState.AWAITING_USER_INFO);
        m.put("waiting for vendor", ServiceNowState.AWAITING_VENDOR);
        m.put("awaiting vendor", ServiceNowState.AWAITING_VENDOR);
        m.put("awaiting change", ServiceNowState.AWAITING_CHANGE);
        m.put("resolved", ServiceNowState.RESOLVED);
        m.put("done", ServiceNowState.RESOLVED);
        m.put("closed", ServiceNowState.CLOSED);
        m.put("canceled", ServiceNowState.CANCELED);
        m.put("cancelled", ServiceNowState.CANCELED);
        return Collections.unmodifiableMap(m);
    }

    /**
     * A builder with the default status and priority names, no SLA or group field, lenient.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An importer with the defaults.
     *
     * @return an immutable, thread-safe importer
     */
    public static JiraIssueImporter create() {
        return builder().build();
    }

    /**
     * Imports issues from a UTF-8 file.
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
        try {
            if (Files.size(file) > ItmJson.MAX_DOCUMENT_CHARS * 4) {
                throw new ItmValidationException("file", "is larger than a document may be: " + file);
            }
            return importJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Imports a search answer {@code {"issues": [...]}}, one issue, or an array of issues.
     *
     * @param json the document
     * @return the timelines, in document order, and the report
     * @throws ItmValidationException if the document cannot be read, or (strict) an issue is rejected
     */
    public ImportResult importJson(String json) {
        Checks.notNull(json, "json");
        JsonRecords.Records records = JsonRecords.read(json, "issues", true,
                "a Jira search answer {\"issues\": [...]}, an issue or an array of issues");
        List<JsonRecords.Entry> entries = records.entries();
        List<IncidentTimeline> incidents = new ArrayList<>();
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long used = 0;
        for (JsonRecords.Entry e : entries) {
            long row = e.index() + 1L;
            String path = records.path(e);
            Violations v = new Violations();
            String key = e.node().path("key").isString() ? e.node().path("key").asString() : "";
            IncidentTimeline t = e.node().isObject() ? issue(e.node(), row, path, v, warnings, e.line()) : null;
            if (!e.node().isObject()) {
                v.add(path, "must be an issue object");
            }
            if (t != null && v.isEmpty() && !seen.add(t.number())) {
                v.add(path + ".key", "repeats issue " + t.number());
            }
            if (!v.isEmpty()) {
                StringBuilder reason = new StringBuilder();
                v.list().forEach(x -> reason.append(reason.length() == 0 ? "" : "; ").append(x));
                RowIssue issue = new RowIssue(row, Math.max(1, e.line()), key, reason.toString());
                if (strict) {
                    throw new ItmValidationException(path, issue.toString());
                }
                rejected.add(issue);
                continue;
            }
            incidents.add(t);
            used++;
        }
        if (slaField.isEmpty() && !incidents.isEmpty()) {
            warnings.add(new RowIssue(1, 1, "", "no SLA field configured: made_sla is taken as true for every "
                    + "issue; compute SLA compliance with the SLA engine"));
        }
        LOG.debug("imported {} Jira issues: {} incidents, {} rejected", entries.size(), incidents.size(),
                rejected.size());
        return new ImportResult(incidents, new ImportReport(entries.size(), used, incidents.size(), rejected,
                warnings));
    }

    private @Nullable IncidentTimeline issue(JsonNode issue, long row, String path, Violations v, List<RowIssue> warnings,
                                   long line) {
        Optional<String> key = text(issue, "key", path, v, true);
        JsonNode fields = issue.get("fields");
        if (fields == null || !fields.isObject()) {
            v.add(path + ".fields", fields == null ? "is required" : "must be an object");
            return null;
        }
        String fp = path + ".fields";
        Optional<Instant> created = time(fields, "created", fp, v, true);
        Optional<Instant> resolved = time(fields, "resolutiondate", fp, v, false);
        Optional<String> statusName = name(fields, "status", fp, v, true);
        Optional<ServiceNowState> status = statusName.flatMap(s -> state(s, fp + ".status.name", v));
        Optional<String> priorityName = name(fields, "priority", fp, v, true);
        Optional<String> group = groupField.flatMap(f -> groupValue(fields.get(f)));
        Optional<Boolean> madeSla = slaField.flatMap(f -> sla(fields.get(f), fp + "." + f, v));

        List<JsonNode> histories = new ArrayList<>();
        JsonNode changelog = issue.get("changelog");
        if (changelog != null && !changelog.isNull()) {
            JsonNode h = changelog.get("histories");
            if (!changelog.isObject() || h == null || !h.isArray()) {
                v.add(path + ".changelog.histories", "must be an array");
            } else {
                h.forEach(histories::add);
                JsonNode total = changelog.get("total");
                if (total != null && total.isIntegralNumber() && total.asLong() > histories.size()) {
                    v.add(path + ".changelog", "holds " + histories.size() + " of " + total.asLong()
                            + " histories; fetch the rest from /rest/api/3/issue/" + key.orElse("{key}")
                            + "/changelog");
                }
            }
        }
        // parse every history first, so a bad one is named even when an earlier one is bad too
        record Change(Instant at, long id, Optional<String> author, String path,
                      Map<String, String[]> items) {
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            JsonNode h = histories.get(i);
            String hp = path + ".changelog.histories[" + i + "]";
            if (!h.isObject()) {
                v.add(hp, "must be an object");
                continue;
            }
            Optional<Instant> at = time(h, "created", hp, v, true);
            long id = h.path("id").isString() ? parseLong(h.path("id").asString()) : h.path("id").asLong(i);
            Optional<String> author = h.path("author").isObject()
                    ? Optional.ofNullable(h.path("author").path("displayName").asString(null))
                    .filter(s -> !s.isBlank()) : Optional.empty();
            Map<String, String[]> items = new LinkedHashMap<>();
            JsonNode list = h.get("items");
            if (list == null || !list.isArray()) {
                v.add(hp + ".items", "must be an array");
                continue;
            }
            for (int j = 0; j < list.size(); j++) {
                JsonNode item = list.get(j);
                String ip = hp + ".items[" + j + "]";
                String field = item.path("field").asString("");
                if (field.equals("status") || field.equals("priority") || field.equals("assignee")) {
                    String from = item.path("fromString").isNull() ? "" : item.path("fromString").asString("");
                    String to = item.path("toString").isNull() ? "" : item.path("toString").asString("");
                    if (field.equals("status")) {
                        state(from, ip + ".fromString", v);
                        state(to, ip + ".toString", v);
                    }
                    items.put(field, new String[] {from, to});
                }
            }
            if (at.isPresent() && !items.isEmpty()) {
                changes.add(new Change(at.get(), id, author, hp, items));
            }
        }
        if (!v.isEmpty() || key.isEmpty() || created.isEmpty() || status.isEmpty() || priorityName.isEmpty()) {
            return null;
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingLong(Change::id));
        ServiceNowState state = changes.stream().filter(c -> c.items().containsKey("status")).findFirst()
                .map(c -> statuses.get(Objects.requireNonNull(c.items().get("status"))[0].toLowerCase(Locale.ROOT)))
                .orElse(status.get());
        String priority = changes.stream().filter(c -> c.items().containsKey("priority")).findFirst()
                .map(c -> Objects.requireNonNull(c.items().get("priority"))[0]).filter(p -> !p.isEmpty())
                .orElse(priorityName.get());
        String assignee = changes.stream().filter(c -> c.items().containsKey("assignee")).findFirst()
                .map(c -> Objects.requireNonNull(c.items().get("assignee"))[0]).orElse("");
        boolean sla = madeSla.orElse(true);
        int reassignments = 0;
        int reopens = 0;
        Optional<Instant> closedAt = Optional.empty();
        List<IncidentUpdate> updates = new ArrayList<>();
        updates.add(new IncidentUpdate(row, created.get(), 0, Optional.empty(), state, open(state),
                priority(priority), group, 0, 0, sla));
        for (Change c : changes) {
            String[] s = c.items().get("status");
            if (s != null) {
                // every status of the changelog was checked against the mapping when it was read
                ServiceNowState next = Objects.requireNonNull(statuses.get(s[1].toLowerCase(Locale.ROOT)));
                if (!open(state) && open(next)) {
                    reopens++;
                }
                if (next.incidentState() == IncidentState.CLOSED || next.incidentState() == IncidentState.CANCELLED) {
                    closedAt = Optional.of(c.at());
                }
                state = next;
            }
            String[] p = c.items().get("priority");
            if (p != null && !p[1].isEmpty()) {
                priority = p[1];
            }
            String[] a = c.items().get("assignee");
            if (a != null) {
                if (!assignee.isEmpty() && !a[1].isEmpty() && !a[1].equals(assignee)) {
                    reassignments++;
                }
                assignee = a[1];
            }
            updates.add(new IncidentUpdate(row, c.at(), updates.size(), c.author(), state, open(state),
                    priority(priority), group, reassignments, reopens, sla));
        }
        if (state != status.get()) {
            warnings.add(new RowIssue(row, Math.max(1, line), key.get(), "the changelog ends in status "
                    + state.displayName() + " but the issue's status is " + statusName.get()
                    + "; the changelog is used"));
        }
        if (state.incidentState() != IncidentState.CLOSED && state.incidentState() != IncidentState.CANCELLED) {
            closedAt = Optional.empty();
        }
        updates.sort(Comparator.comparing(IncidentUpdate::updatedAt));
        return new IncidentTimeline(key.get(), created.get(), resolved, closedAt, updates);
    }

    private static boolean open(ServiceNowState s) {
        IncidentState i = s.incidentState();
        return i != IncidentState.RESOLVED && i != IncidentState.CLOSED && i != IncidentState.CANCELLED;
    }

    private String priority(String jiraName) {
        return priorities.getOrDefault(jiraName.toLowerCase(Locale.ROOT), jiraName);
    }

    private Optional<ServiceNowState> state(String jiraStatus, String path, Violations v) {
        ServiceNowState s = statuses.get(jiraStatus.toLowerCase(Locale.ROOT));
        if (s == null) {
            v.add(path, "status " + Checks.quote(jiraStatus) + " is not mapped to a state; map it with "
                    + "JiraIssueImporter.Builder.status");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<String> groupValue(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isString()) {
            return Optional.of(n.asString()).filter(s -> !s.isBlank());
        }
        if (n.isArray() && !n.isEmpty()) {
            return groupValue(n.get(0));
        }
        for (String f : List.of("name", "value", "displayName", "title")) {
            if (n.path(f).isString()) {
                return Optional.of(n.path(f).asString()).filter(s -> !s.isBlank());
            }
        }
        return Optional.empty();
    }

    private static Optional<Boolean> sla(JsonNode n, String path, Violations v) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            v.add(path, "must be a Jira Service Management SLA object");
            return Optional.empty();
        }
        boolean breached = false;
        JsonNode completed = n.get("completedCycles");
        if (completed != null && completed.isArray()) {
            for (JsonNode c : completed) {
                breached |= c.path("breached").asBoolean(false);
            }
        }
        breached |= n.path("ongoingCycle").path("breached").asBoolean(false);
        return Optional.of(!breached);
    }

    private static Optional<String> text(JsonNode node, String field, String path, Violations v, boolean required) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull() || (n.isString() && n.asString().isBlank())) {
            if (required) {
                v.add(path + "." + field, "is required");
            }
            return Optional.empty();
        }
        if (!n.isString()) {
            v.add(path + "." + field, "must be a string, was " + n.getNodeType().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        if (n.asString().length() > 1024) {
            v.add(path + "." + field, "is longer than 1024 characters");
            return Optional.empty();
        }
        return Optional.of(n.asString());
    }

    private static Optional<String> name(JsonNode fields, String field, String path, Violations v,
                                         boolean required) {
        JsonNode n = fields.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                v.add(path + "." + field, "is required");
            }
            return Optional.empty();
        }
        if (!n.isObject()) {
            v.add(path + "." + field, "must be an object with a name");
            return Optional.empty();
        }
        return text(n, "name", path + "." + field, v, true);
    }

    private static Optional<Instant> time(JsonNode node, String field, String path, Violations v,
                                          boolean required) {
        Optional<String> s = text(node, field, path, v, required);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            var t = TIMESTAMP.parse(s.get());
            if (!t.isSupported(ChronoField.OFFSET_SECONDS)) {
                v.add(path + "." + field, "has no UTC offset: " + Checks.quote(s.get()));
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.from(t).toInstant());
        } catch (DateTimeException e) {
            v.add(path + "." + field, Checks.quote(s.get()) + " is not a Jira timestamp like "
                    + "2026-03-02T09:15:00.000+0100");
            return Optional.empty();
        }
    }

    /**
     * Collects the settings of an importer; {@link #build()} validates them all and reports every problem at once.
     * The constraint annotations on the fields are what {@code build()} requires, checked through
     * {@link Validation#check(Object, Class...)}: a violation's path names the setting and, for a mapping, its name
     * in lower case ({@code statuses[waiting for vendor]}, {@code priorities[p1 - outage]}). Not thread-safe.
     */
    public static final class Builder {
        // keys are lower case; a null or blank name or a null value is kept until build() reports it
        private final Map<@Nullable @NotBlank(message = "a status name must not be blank") String,
                @Nullable @NotNull(message = "must be mapped to a state") ServiceNowState> statuses =
                new LinkedHashMap<>(DEFAULT_STATUSES);
        private final Map<@Nullable @NotBlank(message = "a priority name must not be blank") String,
                @Nullable @NotBlank String> priorities = new LinkedHashMap<>(DEFAULT_PRIORITIES);
        @Pattern(regexp = FIELD_ID, message = FIELD_ID_MESSAGE)
        private @Nullable String slaField;
        @Pattern(regexp = FIELD_ID, message = FIELD_ID_MESSAGE)
        private @Nullable String groupField;
        private boolean strict;

        private Builder() {
        }

        private static @Nullable String lowerCase(@Nullable String name) {
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }

        /**
         * Maps a workflow status name (case-insensitive) to a state, replacing a default of the same name.
         *
         * @param jiraStatus the status name, e.g. {@code Waiting for Vendor}; not blank
         * @param state      the state
         * @return this builder
         */
        public Builder status(String jiraStatus, ServiceNowState state) {
            statuses.put(lowerCase(jiraStatus), state);
            return this;
        }

        /**
         * Maps a priority name (case-insensitive) to the priority recorded, e.g. {@code P1 - Outage} →
         * {@code 1 - Critical}.
         *
         * @param jiraPriority the priority name; not blank
         * @param priority     the priority recorded; not blank
         * @return this builder
         */
        public Builder priority(String jiraPriority, String priority) {
            priorities.put(lowerCase(jiraPriority), priority);
            return this;
        }

        /**
         * The Jira Service Management SLA field whose cycles say whether the SLA was met, e.g.
         * {@code customfield_10030}.
         *
         * @param field the field id (not its display name): letters, digits, {@code _}, {@code .} or {@code -}
         * @return this builder
         */
        public Builder slaField(String field) {
            this.slaField = field;
            return this;
        }

        /**
         * The field holding the assignment group (a team, a component, a custom select), e.g.
         * {@code components} or {@code customfield_10001}; its current value is used for the whole timeline.
         *
         * @param field the field id (not its display name): letters, digits, {@code _}, {@code .} or {@code -}
         * @return this builder
         */
        public Builder groupField(String field) {
            this.groupField = field;
            return this;
        }

        /**
         * Fail the whole import on the first rejected issue (default false: lenient).
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
         * @throws ItmValidationException naming every bad setting given
         */
        public JiraIssueImporter build() {
            Validation.validate(this);
            return new JiraIssueImporter(this);
        }
    }
}
