package org.itm.operations.alert.intake.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itm.core.json.JsonTreeFields;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Typed field access on a JSON tree that records every bad field, with its JSON path, instead of stopping at the
 * first; the callers then accept or reject an entry whole.
 */
public final class JsonFields {

    /** Longest label or annotation name. */
    public static final int MAX_NAME = 1024;
    /** Longest label value, id or URL. */
    public static final int MAX_VALUE = 16 * 1024;
    /** Longest annotation or summary text. */
    public static final int MAX_TEXT = 256 * 1024;
    /** Most labels or annotations of one alert. */
    public static final int MAX_ENTRIES = 1_000;

    // RFC 3339 as Go writes it (Alertmanager, Grafana: nanoseconds, "Z" or "+02:00") and PagerDuty's "+0000"
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final String GO_ZERO_TIME = "0001-01-01T00:00:00Z";

    private JsonFields() {
    }

    /** A string field; absent or null gives empty (a violation when required). */
    public static Optional<String> text(JsonNode node, String field, String path, Violations v, boolean required,
                                        int maxLength) {
        return JsonTreeFields.text(node, field, path, v, required, maxLength);
    }

    /**
     * An RFC 3339 timestamp; Go's zero time ({@code 0001-01-01T00:00:00Z}, which Alertmanager writes for "not
     * ended") reads as absent.
     */
    public static Optional<Instant> instant(JsonNode node, String field, String path, Violations v,
                                            boolean required) {
        Optional<String> s = text(node, field, path, v, required, 64);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().equals(GO_ZERO_TIME)) {
            if (required) {
                v.add(path + "." + field, "is the zero time " + Checks.quote(s.get()));
            }
            return Optional.empty();
        }
        Instant at;
        try {
            TemporalAccessor t = TIMESTAMP.parse(s.get());
            if (!t.isSupported(ChronoField.OFFSET_SECONDS)) {
                v.add(path + "." + field, "has no UTC offset: " + Checks.quote(s.get()));
                return Optional.empty();
            }
            at = OffsetDateTime.from(t).toInstant();
        } catch (DateTimeException e) {
            v.add(path + "." + field, "is not an RFC 3339 timestamp: " + Checks.quote(s.get()));
            return Optional.empty();
        }
        if (at.atOffset(ZoneOffset.UTC).getYear() <= 1) {
            if (required) {
                v.add(path + "." + field, "is the zero time " + Checks.quote(s.get()));
            }
            return Optional.empty();
        }
        return Optional.of(at);
    }

    /** An object of string values (labels, annotations); absent or null gives an empty map. */
    public static Map<String, String> strings(JsonNode node, String field, String path, Violations v,
                                              boolean required, int maxValue) {
        JsonNode value = node.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            if (required) {
                v.add(path + "." + field, "is required");
            }
            return out;
        }
        String p = path + "." + field;
        if (!value.isObject()) {
            v.add(p, "must be an object, was " + type(value));
            return out;
        }
        if (value.size() > MAX_ENTRIES) {
            v.add(p, "holds more than " + MAX_ENTRIES + " entries (" + value.size() + ")");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String name = e.getKey();
            JsonNode item = e.getValue();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                v.add(p, "has a name of " + name.length() + " characters; names must be 1 to " + MAX_NAME);
            } else if (!item.isString()) {
                v.add(p + "." + name, "must be a string, was " + type(item));
            } else if (item.asString().length() > maxValue) {
                v.add(p + "." + name, "is longer than " + maxValue + " characters (" + item.asString().length()
                        + ")");
            } else {
                out.put(name, item.asString());
            }
        }
        return out;
    }

    /** The JSON type of a node, for messages. */
    public static String type(JsonNode value) {
        return JsonTreeFields.type(value);
    }
}
