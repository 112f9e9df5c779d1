package org.itm.risk.advisory.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.itm.core.json.JsonTreeFields;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import tools.jackson.databind.JsonNode;

/** Typed field access on a JSON tree that records every bad field (with its path) instead of stopping at the first. */
public final class JsonFields {

    /** Longest id, name, version or alias accepted. */
    public static final int MAX_SHORT_TEXT = 1024;

    private JsonFields() {
    }

    /** A string field; absent or null gives empty (a violation when required). */
    public static Optional<String> text(JsonNode node, String field, String path, Violations v, boolean required,
                                        int maxLength) {
        return JsonTreeFields.text(node, field, path, v, required, maxLength);
    }

    /** An RFC 3339 timestamp field. */
    public static Optional<Instant> instant(JsonNode node, String field, String path, Violations v, boolean required) {
        Optional<String> s = text(node, field, path, v, required, 64);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s.get()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                // NVD writes local date-times without an offset, in UTC
                return Optional.of(LocalDateTime.parse(s.get()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                v.add(path + "." + field, "is not an RFC 3339 timestamp: " + Checks.quote(s.get()));
                return Optional.empty();
            }
        }
    }

    /** An array field (absent or null gives an empty list). */
    public static List<JsonNode> array(JsonNode node, String field, String path, Violations v) {
        return JsonTreeFields.array(node, field, path, v);
    }

    /** An array of strings. */
    public static List<String> strings(JsonNode node, String field, String path, Violations v) {
        return JsonTreeFields.strings(node, field, path, v, MAX_SHORT_TEXT);
    }

    /** The JSON type of a node, for messages. */
    public static String type(JsonNode value) {
        return JsonTreeFields.type(value);
    }
}
