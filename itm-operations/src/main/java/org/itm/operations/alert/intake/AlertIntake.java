package org.itm.operations.alert.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertStatus;
import org.itm.operations.alert.intake.internal.JsonFields;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the alert documents monitoring tools publish into {@link Alert}s for the
 * {@link org.itm.operations.alert.AlertCorrelator}: the Prometheus Alertmanager webhook payload (version 4), the
 * Grafana alerting webhook payload and PagerDuty Events API v2 events.
 *
 * <pre>{@code
 * AlertIntake intake = AlertIntake.builder(clock)
 *         .ciLabels("instance", "host")
 *         .serviceLabels("service", "job")
 *         .severityRules(SeverityRules.fromYaml(yaml, Severity.WARNING))
 *         .build();
 * AlertImport read = intake.alertmanager(requestBody);
 * read.rejected().forEach(r -> log.warn(r.describe()));
 * read.accepted().forEach(a -> actions.addAll(correlator.ingest(a)));
 * }</pre>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li><b>De-duplication key</b>: the alert's {@code fingerprint} (Alertmanager, Grafana: a hash of its labels,
 *       the same on every notification and on every replica of an HA pair); PagerDuty's {@code dedup_key}. A
 *       PagerDuty {@code trigger} without one gets {@code pd-} and a SHA-256 prefix of its routing key and payload,
 *       so a retried delivery of the same event stays one alert.</li>
 *   <li><b>Status and time</b>: {@code firing} at {@code startsAt}; {@code resolved} → CLEAR at {@code endsAt};
 *       PagerDuty {@code trigger} → FIRING, {@code acknowledge} → ACKNOWLEDGED, {@code resolve} → CLEAR at
 *       {@code payload.timestamp}, or the clock's time when the event has none.</li>
 *   <li><b>CI</b>: the value of the first of the {@linkplain Builder#ciLabels CI labels} the alert has, else its
 *       service (an alert on a whole service); an alert with neither is rejected. PagerDuty acknowledge and resolve
 *       events carry no payload; their CI is their {@code dedup_key} (the correlator matches them by key).</li>
 *   <li><b>Service</b>: the value of the first of the {@linkplain Builder#serviceLabels service labels} the alert
 *       has ({@link Alert#service()}); when none, the correlator's service directory decides.</li>
 *   <li><b>Severity</b>: {@link SeverityRules} over the labels ({@link SeverityRules#defaults()} unless set).</li>
 *   <li><b>Payload</b>: {@code labels.<name>}, {@code annotations.<name>}, {@code generatorURL},
 *       {@code receiver}, {@code groupKey}, {@code severityRule} (the rule that decided the severity), and for
 *       Grafana {@code silenceURL}, {@code dashboardURL}, {@code panelURL} when not empty.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * A document that is not JSON, is truncated, exceeds {@link ItmJson}'s limits, has the wrong shape (no
 * {@code alerts} array, an Alertmanager {@code version} other than 4) or more than {@value #MAX_ALERTS} alerts
 * throws {@link ItmValidationException} naming the JSON path, and nothing of it is read. Otherwise each alert is
 * accepted whole or rejected with every bad field ({@link AlertRejection}); unknown fields are ignored, as the
 * formats grow. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AlertIntake {

    /** Most alerts (or PagerDuty events) read from one document. */
    public static final int MAX_ALERTS = 100_000;
    /** The Alertmanager payload version read. */
    public static final String ALERTMANAGER_VERSION = "4";

    private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);
    private static final List<String> GRAFANA_LINKS = List.of("silenceURL", "dashboardURL", "panelURL");

    private final List<String> ciLabels;
    private final List<String> serviceLabels;
    private final SeverityRules severityRules;
    private final Clock clock;

    private AlertIntake(Builder b) {
        // build() rejected every missing setting
        this.ciLabels = List.copyOf(Objects.requireNonNull(b.ciLabels));
        this.serviceLabels = List.copyOf(Objects.requireNonNull(b.serviceLabels));
        this.severityRules = Objects.requireNonNull(b.severityRules);
        this.clock = Objects.requireNonNull(b.clock);
    }

    /**
     * A builder with the defaults: CI labels {@code instance}, {@code host}, {@code source}; service label
     * {@code service}; {@link SeverityRules#defaults()}.
     *
     * @param clock stamps PagerDuty events that carry no {@code payload.timestamp}
     * @return the builder
     */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /**
     * The label names tried, in order, for an alert's CI.
     *
     * @return an unmodifiable list; the first label present wins
     */
    public List<String> ciLabels() {
        return ciLabels;
    }

    /**
     * The label names tried, in order, for an alert's service.
     *
     * @return an unmodifiable list; the first label present wins
     */
    public List<String> serviceLabels() {
        return serviceLabels;
    }

    /**
     * Reads a document of {@code format}.
     *
     * @param format the format
     * @param json   the document
     * @return the alerts read and the entries rejected
     * @throws ItmValidationException if the document as a whole cannot be read, naming the JSON path
     */
    public AlertImport read(AlertFormat format, String json) {
        Checks.notNull(format, "format");
        return switch (format) {
            case ALERTMANAGER -> alertmanager(json);
            case GRAFANA -> grafana(json);
            case PAGERDUTY -> pagerDuty(json);
        };
    }

    /**
     * Reads an Alertmanager webhook payload (version 4: {@code receiver}, {@code status}, {@code groupKey},
     * {@code truncatedAlerts}, {@code alerts[]} with {@code status}, {@code labels}, {@code annotations},
     * {@code startsAt}, {@code endsAt}, {@code fingerprint}, {@code generatorURL}).
     *
     * @param json the request body
     * @return the alerts read and the entries rejected; a warning when {@code truncatedAlerts} is above zero
     * @throws ItmValidationException if the document as a whole cannot be read, naming the JSON path
     */
    public AlertImport alertmanager(String json) {
        return webhook(AlertFormat.ALERTMANAGER, json);
    }

    /**
     * Reads a Grafana alerting webhook payload: Alertmanager's shape, with {@code orgId}, {@code title},
     * {@code state}, {@code message} and per alert {@code silenceURL}, {@code dashboardURL}, {@code panelURL},
     * {@code values}; its {@code version} is Grafana's own ({@code "1"}) and is not checked.
     *
     * @param json the request body
     * @return the alerts read and the entries rejected
     * @throws ItmValidationException if the document as a whole cannot be read, naming the JSON path
     */
    public AlertImport grafana(String json) {
        return webhook(AlertFormat.GRAFANA, json);
    }

    /**
     * Reads PagerDuty Events API v2 events: one event object ({@code routing_key}, {@code event_action},
     * {@code dedup_key}, {@code payload} with {@code summary}, {@code source}, {@code severity},
     * {@code timestamp}, {@code component}, {@code group}, {@code class}, {@code custom_details}), or an array of
     * them.
     *
     * @param json the request body
     * @return the alerts read and the events rejected
     * @throws ItmValidationException if the document as a whole cannot be read, naming the JSON path
     */
    public AlertImport pagerDuty(String json) {
        JsonNode root = parse(json);
        List<JsonNode> events = new ArrayList<>();
        String base;
        if (root.isArray()) {
            checkCount(root.size(), "$");
            root.forEach(events::add);
            base = "$";
        } else if (root.isObject()) {
            events.add(root);
            base = null;
        } else {
            throw new ItmValidationException("$", "must be a PagerDuty event object or an array of events, was "
                    + JsonFields.type(root));
        }
        Instant now = clock.instant();
        List<Alert> accepted = new ArrayList<>(events.size());
        List<AlertRejection> rejected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String path = base == null ? "$" : "$[" + i + "]";
            JsonNode e = events.get(i);
            Violations v = new Violations();
            Alert a = null;
            if (e.isObject()) {
                a = pagerDutyEvent(e, path, now, v);
            } else {
                v.add(path, "must be an object, was " + JsonFields.type(e));
            }
            if (a != null && v.isEmpty()) {
                accepted.add(a);
            } else {
                String key = e.isObject() && e.path("dedup_key").isString()
                        ? " (dedup_key " + Checks.quote(e.path("dedup_key").asString()) + ")" : "";
                rejected.add(new AlertRejection((base == null ? "event" : "events[" + i + "]") + key, v.list()));
            }
        }
        LOG.debug("read {} PagerDuty events: {} accepted, {} rejected", events.size(), accepted.size(),
                rejected.size());
        return new AlertImport(AlertFormat.PAGERDUTY, accepted, rejected, List.of());
    }

    private AlertImport webhook(AlertFormat format, String json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new ItmValidationException("$", "must be an object with an alerts array, was "
                    + JsonFields.type(root));
        }
        Violations doc = new Violations();
        if (format == AlertFormat.ALERTMANAGER) {
            JsonNode version = root.get("version");
            if (version != null && !(version.isString() && version.asString().equals(ALERTMANAGER_VERSION))) {
                doc.add("$.version", "must be " + Checks.quote(ALERTMANAGER_VERSION) + " (webhook payload version 4), "
                        + "was " + version);
            }
        }
        Optional<String> receiver = JsonFields.text(root, "receiver", "$", doc, false, JsonFields.MAX_VALUE);
        Optional<String> groupKey = JsonFields.text(root, "groupKey", "$", doc, false, JsonFields.MAX_VALUE);
        long truncated = 0;
        JsonNode t = root.get("truncatedAlerts");
        if (t != null && !t.isNull()) {
            if (!t.isIntegralNumber() || t.asLong() < 0) {
                doc.add("$.truncatedAlerts", "must be a whole number of 0 or more, was " + t);
            } else {
                truncated = t.asLong();
            }
        }
        JsonNode alerts = root.get("alerts");
        if (alerts == null || alerts.isNull()) {
            doc.add("$.alerts", "is required");
        } else if (!alerts.isArray()) {
            doc.add("$.alerts", "must be an array, was " + JsonFields.type(alerts));
        }
        doc.throwIfAny();
        checkCount(alerts.size(), "$.alerts");
        Map<String, String> common = new LinkedHashMap<>();
        receiver.ifPresent(r -> common.put("receiver", r));
        groupKey.ifPresent(g -> common.put("groupKey", g));
        List<Alert> accepted = new ArrayList<>(alerts.size());
        List<AlertRejection> rejected = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            String path = "$.alerts[" + i + "]";
            JsonNode a = alerts.get(i);
            Violations v = new Violations();
            Alert alert = null;
            if (a.isObject()) {
                alert = webhookAlert(format, a, path, common, v);
            } else {
                v.add(path, "must be an object, was " + JsonFields.type(a));
            }
            if (alert != null && v.isEmpty()) {
                accepted.add(alert);
            } else {
                String fp = a.isObject() && a.path("fingerprint").isString()
                        ? " (fingerprint " + Checks.quote(a.path("fingerprint").asString()) + ")" : "";
                rejected.add(new AlertRejection("alerts[" + i + "]" + fp, v.list()));
            }
        }
        List<String> warnings = truncated > 0
                ? List.of(truncated + " alert(s) of group " + groupKey.map(Checks::quote).orElse("(no groupKey)")
                        + " were left out by the sender (truncatedAlerts); raise its max_alerts to receive them")
                : List.of();
        LOG.debug("read {} {} alerts: {} accepted, {} rejected", alerts.size(), format.source(), accepted.size(),
                rejected.size());
        return new AlertImport(format, accepted, rejected, warnings);
    }

    private @Nullable Alert webhookAlert(AlertFormat format, JsonNode a, String path, Map<String, String> common,
                               Violations v) {
        Optional<String> status = JsonFields.text(a, "status", path, v, true, 64);
        AlertStatus st = null;
        if (status.isPresent()) {
            switch (status.get()) {
                case "firing" -> st = AlertStatus.FIRING;
                case "resolved" -> st = AlertStatus.CLEAR;
                default -> v.add(path + ".status", "must be firing or resolved, was " + Checks.quote(status.get()));
            }
        }
        Map<String, String> labels = JsonFields.strings(a, "labels", path, v, true, JsonFields.MAX_VALUE);
        Map<String, String> annotations = JsonFields.strings(a, "annotations", path, v, false, JsonFields.MAX_TEXT);
        Optional<Instant> startsAt = JsonFields.instant(a, "startsAt", path, v, true);
        Optional<Instant> endsAt = JsonFields.instant(a, "endsAt", path, v, false);
        Optional<String> fingerprint = JsonFields.text(a, "fingerprint", path, v, true, 255);
        Optional<String> generator = JsonFields.text(a, "generatorURL", path, v, false, JsonFields.MAX_VALUE);
        Map<String, String> links = new LinkedHashMap<>();
        if (format == AlertFormat.GRAFANA) {
            for (String link : GRAFANA_LINKS) {
                JsonFields.text(a, link, path, v, false, JsonFields.MAX_VALUE).filter(s -> !s.isEmpty())
                        .ifPresent(s -> links.put(link, s));
            }
        }
        if (st == AlertStatus.CLEAR && endsAt.isEmpty() && (v.isEmpty() || v.list().stream()
                .noneMatch(x -> x.path().equals(path + ".endsAt")))) {
            v.add(path + ".endsAt", "is required for a resolved alert (it says when the alert ended)");
        }
        if (startsAt.isPresent() && endsAt.isPresent() && endsAt.get().isBefore(startsAt.get())) {
            v.add(path + ".endsAt", "must not be before startsAt (" + startsAt.get() + "), was " + endsAt.get());
        }
        Optional<String> service = first(labels, serviceLabels);
        Optional<String> ci = first(labels, ciLabels).or(() -> service);
        if (ci.isEmpty() && (v.isEmpty() || v.list().stream().noneMatch(x -> x.path().startsWith(path + ".labels")))) {
            v.add(path + ".labels", "has none of the CI labels " + ciLabels + " nor a service label "
                    + serviceLabels);
        }
        if (!v.isEmpty() || st == null || startsAt.isEmpty() || fingerprint.isEmpty() || ci.isEmpty()) {
            return null;
        }
        AlertSeverity severity = severityRules.decide(new AlertFacts(format, st, labels, annotations));
        Map<String, String> payload = new LinkedHashMap<>(common);
        labels.forEach((k, x) -> payload.put("labels." + k, x));
        annotations.forEach((k, x) -> payload.put("annotations." + k, x));
        generator.filter(s -> !s.isEmpty()).ifPresent(g -> payload.put("generatorURL", g));
        payload.putAll(links);
        payload.put("severityRule", severity.rule());
        Instant at = st == AlertStatus.CLEAR ? endsAt.get() : startsAt.get();
        return new Alert(format.source(), fingerprint.get(), severity.severity(), ci.get(), service, at, st,
                payload);
    }

    private @Nullable Alert pagerDutyEvent(JsonNode e, String path, Instant now, Violations v) {
        Optional<String> routingKey = JsonFields.text(e, "routing_key", path, v, true, 255);
        Optional<String> action = JsonFields.text(e, "event_action", path, v, true, 64);
        Optional<String> dedupKey = JsonFields.text(e, "dedup_key", path, v, false, 255)
                .filter(k -> !k.isBlank());
        AlertStatus st = null;
        if (action.isPresent()) {
            switch (action.get()) {
                case "trigger" -> st = AlertStatus.FIRING;
                case "acknowledge" -> st = AlertStatus.ACKNOWLEDGED;
                case "resolve" -> st = AlertStatus.CLEAR;
                default -> v.add(path + ".event_action", "must be trigger, acknowledge or resolve, was "
                        + Checks.quote(action.get()));
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> annotations = new LinkedHashMap<>();
        Map<String, String> payload = new LinkedHashMap<>();
        Instant at = now;
        JsonNode body = e.get("payload");
        if (st == AlertStatus.FIRING) {
            if (body == null || body.isNull()) {
                v.add(path + ".payload", "is required for a trigger event");
            } else if (!body.isObject()) {
                v.add(path + ".payload", "must be an object, was " + JsonFields.type(body));
            } else {
                String p = path + ".payload";
                JsonFields.text(body, "summary", p, v, true, 1024).ifPresent(s -> annotations.put("summary", s));
                JsonFields.text(body, "source", p, v, true, JsonFields.MAX_VALUE).ifPresent(s -> labels.put("source", s));
                Optional<String> severity = JsonFields.text(body, "severity", p, v, true, 64);
                if (severity.isPresent() && !List.of("critical", "error", "warning", "info").contains(severity.get())) {
                    v.add(p + ".severity", "must be critical, error, warning or info, was "
                            + Checks.quote(severity.get()));
                }
                severity.ifPresent(s -> labels.put("severity", s));
                for (String f : List.of("component", "group", "class")) {
                    JsonFields.text(body, f, p, v, false, JsonFields.MAX_VALUE).ifPresent(s -> labels.put(f, s));
                }
                Optional<Instant> ts = JsonFields.instant(body, "timestamp", p, v, false);
                if (ts.isPresent()) {
                    at = ts.get();
                }
                JsonNode details = body.get("custom_details");
                if (details != null && details.isObject()) {
                    for (Map.Entry<String, JsonNode> d : details.properties()) {
                        JsonNode x = d.getValue();
                        // nested details are kept by the sender; only scalar ones can be labels
                        if ((x.isString() || x.isNumber() || x.isBoolean())
                                && d.getKey().length() <= JsonFields.MAX_NAME
                                && x.asString().length() <= JsonFields.MAX_VALUE) {
                            labels.put("custom_details." + d.getKey(), x.asString());
                        }
                    }
                }
            }
        } else if (st != null && dedupKey.isEmpty()) {
            v.add(path + ".dedup_key", "is required for an " + action.get() + " event");
        }
        JsonFields.text(e, "client", path, v, false, JsonFields.MAX_VALUE).ifPresent(c -> payload.put("client", c));
        JsonFields.text(e, "client_url", path, v, false, JsonFields.MAX_VALUE)
                .ifPresent(c -> payload.put("client_url", c));
        if (!v.isEmpty() || st == null || routingKey.isEmpty()) {
            return null;
        }
        String key = dedupKey.orElseGet(() -> derivedKey(routingKey.get(), body));
        Optional<String> service = first(labels, serviceLabels);
        String ci;
        if (st == AlertStatus.FIRING) {
            Optional<String> found = first(labels, ciLabels).or(() -> service);
            if (found.isEmpty()) {
                v.add(path + ".payload", "has none of the CI fields " + ciLabels + " nor a service field "
                        + serviceLabels);
                return null;
            }
            ci = found.get();
        } else {
            ci = key;
        }
        AlertSeverity severity = severityRules.decide(new AlertFacts(AlertFormat.PAGERDUTY, st, labels, annotations));
        labels.forEach((k, x) -> payload.put("labels." + k, x));
        annotations.forEach((k, x) -> payload.put("annotations." + k, x));
        payload.put("severityRule", severity.rule());
        return new Alert(AlertFormat.PAGERDUTY.source(), key, severity.severity(), ci, service, at, st, payload);
    }

    private static String derivedKey(String routingKey, JsonNode payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(routingKey.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ItmJson.json().writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return "pd-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static Optional<String> first(Map<String, String> labels, List<String> names) {
        for (String n : names) {
            String value = labels.get(n);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(String json) {
        Checks.notNull(json, "json");
        JsonNode root;
        try {
            root = ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ItmValidationException("$", "the document is empty");
        }
        return root;
    }

    private static void checkCount(int count, String path) {
        if (count > MAX_ALERTS) {
            throw new ItmValidationException(path, "holds " + count + " entries, more than " + MAX_ALERTS);
        }
    }

    /**
     * Collects the settings of an {@link AlertIntake}; {@link #build()} validates them all and reports every problem
     * at once. The constraint annotations on the fields are checked through
     * {@link Validation#check(Object, Class...)}; that no label name repeats is checked beside them. Not thread-safe.
     */
    public static final class Builder {
        @NotEmpty(message = "must name at least one label")
        private @Nullable List<@NotBlank String> ciLabels = List.of("instance", "host", "source");
        @NotNull
        private @Nullable List<@NotBlank String> serviceLabels = List.of("service");
        @NotNull
        private @Nullable SeverityRules severityRules = SeverityRules.defaults();
        @NotNull(message = "must be set: PagerDuty events without a timestamp are stamped from it")
        private @Nullable Clock clock;

        private Builder(Clock clock) {
            this.clock = clock;
        }

        /**
         * The label names whose value is the alert's CI, tried in order (default {@code instance}, {@code host},
         * {@code source}, the last being PagerDuty's {@code payload.source}).
         *
         * @param names one or more label names
         * @return this builder
         */
        public Builder ciLabels(String... names) {
            this.ciLabels = names == null ? null : Arrays.asList(names);
            return this;
        }

        /**
         * The label names whose value is the alert's service, tried in order (default {@code service}); may be
         * empty, leaving the service to the correlator's directory.
         *
         * @param names label names
         * @return this builder
         */
        public Builder serviceLabels(String... names) {
            this.serviceLabels = names == null ? null : Arrays.asList(names);
            return this;
        }

        /**
         * How labels become a severity (default {@link SeverityRules#defaults()}).
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder severityRules(SeverityRules rules) {
            this.severityRules = rules;
            return this;
        }

        /**
         * The clock that stamps PagerDuty events without a {@code payload.timestamp} (replaces the builder's).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The intake.
         *
         * @return the intake
         * @throws ItmValidationException naming every bad setting: no CI label, a blank or repeated label name, a
         *                                missing rule set or clock
         */
        public AlertIntake build() {
            Violations v = new Violations().addAll(Validation.check(this));
            unique(ciLabels, "ciLabels", v);
            unique(serviceLabels, "serviceLabels", v);
            v.throwIfAny();
            return new AlertIntake(this);
        }

        private static void unique(@Nullable List<String> names, String field, Violations v) {
            if (names == null) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (n != null && !n.isBlank()) {
                    v.require(seen.add(n), field + "[" + i + "]", "repeats " + Checks.quote(n));
                }
            }
        }
    }
}
