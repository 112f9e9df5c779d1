package org.itm.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itm.core.validation.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a Jackson tree as a connector maps a published document into ITM's types: each bad field adds a
 * violation named by its JSON path to the caller's {@link Violations}, so one pass reports every bad field of an
 * entry and the entry is accepted or rejected whole.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * Optional<String> id = JsonTreeFields.text(alert, "fingerprint", "$.alerts[3]", v, true, 1024);
 * v.throwIfAny();   // "$.alerts[3].fingerprint: is required"
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonTreeFields {

    private JsonTreeFields() {
    }

    /**
     * A string field. Absent or {@code null} gives empty, and a violation when {@code required}; a value of another
     * JSON type, a blank required value or one longer than {@code maxLength} characters gives empty and a violation.
     *
     * @param node      the object holding the field
     * @param field     the field's name
     * @param path      the JSON path of {@code node}, e.g. {@code $.vulnerabilities[2].cve}; used in violations only
     * @param v         where violations are added
     * @param required  whether absence or blankness is a violation
     * @param maxLength the longest value accepted
     * @return the value, or empty when absent or bad
     */
    public static Optional<String> text(JsonNode node, String field, String path, Violations v, boolean required,
                                        int maxLength) {
        // paths are built only for violations: this runs for every field of every entry
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                v.add(path + "." + field, "is required");
            }
            return Optional.empty();
        }
        if (!value.isString()) {
            v.add(path + "." + field, "must be a string, was " + type(value));
            return Optional.empty();
        }
        String s = value.asString();
        if (required && s.isBlank()) {
            v.add(path + "." + field, "must not be blank");
            return Optional.empty();
        }
        if (s.length() > maxLength) {
            v.add(path + "." + field, "is longer than " + maxLength + " characters (" + s.length() + ")");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * An array field: absent or {@code null} gives an empty list, another JSON type an empty list and a violation.
     *
     * @param node  the object holding the field
     * @param field the field's name
     * @param path  the JSON path of {@code node}
     * @param v     where violations are added
     * @return the array's elements, in order
     */
    public static List<JsonNode> array(JsonNode node, String field, String path, Violations v) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            v.add(path + "." + field, "must be an array, was " + type(value));
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    /**
     * An array of non-blank strings of at most {@code maxLength} characters; each bad element is a violation at its
     * index and is left out.
     *
     * @param node      the object holding the field
     * @param field     the field's name
     * @param path      the JSON path of {@code node}
     * @param v         where violations are added
     * @param maxLength the longest element accepted
     * @return the good elements, in order
     */
    public static List<String> strings(JsonNode node, String field, String path, Violations v,
                                                 int maxLength) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(node, field, path, v);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isString() || item.asString().isBlank() || item.asString().length() > maxLength) {
                v.add(path + "." + field + "[" + i + "]", "must be a non-blank string of at most " + maxLength
                        + " characters");
            } else {
                out.add(item.asString());
            }
        }
        return out;
    }

    /**
     * The JSON type of a node as a message names it: {@code object}, {@code array}, {@code string}, {@code number}, ...
     *
     * @param value the node
     * @return its type in words
     */
    public static String type(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
