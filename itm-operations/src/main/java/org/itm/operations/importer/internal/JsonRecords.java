package org.itm.operations.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads the records of a JSON export — the elements of one top-level array property, a top-level array, or a
 * single top-level object — each with the line it starts on, so a rejected record can be found in the file. The
 * whole text is read before anything is returned: a truncated or malformed document throws and yields nothing.
 */
public final class JsonRecords {

    /** Most records read from one document. */
    public static final int MAX_RECORDS = 1_000_000;

    /**
     * One record.
     *
     * @param index 0-based position in the array
     * @param line  the line of the text it starts on
     * @param node  the record
     */
    public record Entry(int index, long line, JsonNode node) {
    }

    /**
     * The records and how the document held them.
     *
     * @param entries  the records
     * @param property the array property they were in, or empty for a top-level array or single object
     * @param single   whether the document was one record rather than an array
     */
    public record Records(List<Entry> entries, Optional<String> property, boolean single) {

        /** The JSON path of {@code e}, e.g. {@code $.result[3]}, {@code $[3]} or {@code $}. */
        public String path(Entry e) {
            if (single) {
                return property.map(p -> "$." + p).orElse("$");
            }
            return property.map(p -> "$." + p).orElse("$") + "[" + e.index() + "]";
        }
    }

    private JsonRecords() {
    }

    /**
     * The records of {@code json}.
     *
     * @param json      the document
     * @param property  the top-level property holding the array (e.g. {@code result}, {@code issues})
     * @param single    whether a top-level object without {@code property} is itself one record
     * @param described how to name the expected shape in errors
     * @return the records
     * @throws ItmValidationException naming the JSON path (and line and column for syntax errors)
     */
    public static Records read(String json, String property, boolean single, String described) {
        List<Entry> out = new ArrayList<>();
        Optional<String> in = Optional.empty();
        boolean one = false;
        try (JsonParser p = ItmJson.json().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                array(p, out);
            } else if (first == JsonToken.START_OBJECT) {
                long line = p.currentTokenLocation().getLineNr();
                JsonNode root = ItmJson.json().readTree(p);
                JsonNode items = root.get(property);
                if (items == null || items.isNull()) {
                    if (!single) {
                        throw new ItmValidationException("$." + property, "is required: expected " + described);
                    }
                    out.add(new Entry(0, line, root));
                    one = true;
                } else if (items.isArray()) {
                    // re-read the array with a parser to learn each element's line
                    return new Records(withLines(json, property, items), Optional.of(property), false);
                } else if (items.isObject()) {
                    out.add(new Entry(0, line, items));
                    in = Optional.of(property);
                    one = true;
                } else {
                    throw new ItmValidationException("$." + property, "must be an array, was "
                            + items.getNodeType().name().toLowerCase(Locale.ROOT));
                }
            } else {
                throw new ItmValidationException("$", "must be " + described);
            }
            if (p.nextToken() != null) {
                throw new ItmValidationException("$", "has content after the end of the document");
            }
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        return new Records(out, in, one);
    }

    private static List<Entry> withLines(String json, String property, JsonNode items) {
        if (items.size() > MAX_RECORDS) {
            throw new ItmValidationException("$." + property, "holds more than " + MAX_RECORDS + " records");
        }
        List<Entry> out = new ArrayList<>(items.size());
        try (JsonParser p = ItmJson.json().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals(property) && t == JsonToken.START_ARRAY) {
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out.add(new Entry(i, p.currentTokenLocation().getLineNr(), items.get(i)));
                        p.skipChildren();
                        i++;
                    }
                    return out;
                }
                p.skipChildren();
            }
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        return out;
    }

    private static void array(JsonParser p, List<Entry> out) {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= MAX_RECORDS) {
                throw new ItmValidationException("$", "holds more than " + MAX_RECORDS + " records");
            }
            long line = p.currentTokenLocation().getLineNr();
            out.add(new Entry(i++, line, ItmJson.json().readTree(p)));
        }
    }
}
