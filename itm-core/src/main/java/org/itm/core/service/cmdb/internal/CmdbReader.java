package org.itm.core.service.cmdb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.service.cmdb.CmdbEntry;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** Reads CMDB exports (CSV with a header row, or JSON arrays of flat objects) into entries, all or nothing. */
public final class CmdbReader {

    /** Largest accepted input, in characters (as for JSON documents). */
    public static final int MAX_INPUT_CHARS = (int) ItmJson.MAX_DOCUMENT_CHARS;
    /** Most entries in one import. */
    public static final int MAX_ENTRIES = 200_000;
    /** Longest accepted value. */
    public static final int MAX_VALUE_CHARS = 4096;
    /** Most columns of a CSV export. */
    public static final int MAX_COLUMNS = 1024;

    // no schema: every row is an array of strings, the header row included
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CmdbReader() {
    }

    /** Reads a CSV export; entries are named {@code row N (line L)}. */
    public static List<CmdbEntry> csv(String csv) {
        Checks.notNull(csv, "csv");
        if (csv.length() > MAX_INPUT_CHARS) {
            throw new ItmValidationException("$", "the input has " + csv.length() + " characters, more than "
                    + MAX_INPUT_CHARS);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        Violations v = new Violations();
        List<CmdbEntry> out = new ArrayList<>();
        List<String> header = null;
        int row = 0;
        long line = 0;
        try (JsonParser p = CSV.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ItmValidationException("$", "is empty: expected a header row naming the columns");
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> fields = new ArrayList<>();
                JsonToken t;
                line++;
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    if (fields.isEmpty()) {
                        // the row's own array token carries no position: its first field does
                        line = p.currentTokenLocation().getLineNr();
                    }
                    if (fields.size() >= MAX_COLUMNS) {
                        throw new ItmValidationException(label(row, line), "has more than " + MAX_COLUMNS
                                + " fields");
                    }
                    fields.add(p.getString());
                }
                if (t != JsonToken.END_ARRAY) {
                    throw new ItmValidationException(label(row, line), "ends before the row is complete");
                }
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = header(fields, v);
                    continue;
                }
                row++;
                if (row > MAX_ENTRIES) {
                    throw new ItmValidationException(label(row, line), "more than " + MAX_ENTRIES
                            + " entries in one import");
                }
                String label = label(row, line);
                if (fields.size() > header.size()) {
                    v.add(label, "has " + fields.size() + " fields, but the header names " + header.size()
                            + " columns");
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                out.add(new CmdbEntry(label, values));
            }
        } catch (JacksonException e) {
            String where = header == null ? "header (line " + line + ")" : label(row + 1, line);
            long at = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ItmValidationException(where, describe(e) + (at > 0 ? " (at line " + at + ")" : ""));
        }
        if (header == null) {
            throw new ItmValidationException("$", "is empty: expected a header row naming the columns");
        }
        v.throwIfAny();
        return out;
    }

    private static List<String> header(List<String> fields, Violations v) {
        Set<String> seen = new HashSet<>();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (v.require(!name.isEmpty(), "header.column[" + (i + 1) + "]", "must not be blank")) {
                v.require(seen.add(name), "header.column[" + (i + 1) + "]", "repeats column '" + name + "'");
            }
            header.add(name);
        }
        return header;
    }

    private static String label(int row, long line) {
        return "row " + row + " (line " + line + ")";
    }

    private static String describe(JacksonException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Missing closing quote")) {
            return "a quoted field is never closed (truncated input?)";
        }
        return m;
    }

    /** Reads a JSON export; entries are named by their JSON path. */
    public static List<CmdbEntry> json(String json) {
        Checks.notNull(json, "json");
        JsonNode root;
        try {
            root = ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        String path = "$";
        JsonNode array = root;
        if (root != null && root.isObject()) {
            for (String field : List.of("result", "items")) {
                if (root.has(field)) {
                    array = root.get(field);
                    path = "$." + field;
                    break;
                }
            }
        }
        if (array == null || !array.isArray()) {
            throw new ItmValidationException(path, "must be an array of items (or an object with a \"result\" or "
                    + "\"items\" array)");
        }
        if (array.size() > MAX_ENTRIES) {
            throw new ItmValidationException(path, "has " + array.size() + " entries, more than " + MAX_ENTRIES);
        }
        Violations v = new Violations();
        List<CmdbEntry> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                v.add(p, "must be an object, was " + type(node));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                JsonNode value = f.getValue();
                String fp = p + "." + f.getKey();
                if (f.getKey().isBlank()) {
                    v.add(p, "has a field with a blank name");
                } else if (value.isString() || value.isNumber() || value.isBoolean()) {
                    values.put(f.getKey(), value.asString());
                } else if (value.isObject() && (value.has("display_value") || value.has("value"))) {
                    // a ServiceNow reference or choice: {"display_value": "Berlin", "value": "5f2...", "link": ...}
                    JsonNode shown = value.has("display_value") ? value.get("display_value") : value.get("value");
                    if (shown.isString() || shown.isNumber() || shown.isBoolean()) {
                        values.put(f.getKey(), shown.asString());
                    } else if (!shown.isNull()) {
                        v.add(fp, "display_value must be a string, was " + type(shown));
                    }
                } else if (!value.isNull()) {
                    v.add(fp, "must be a string, number or boolean, was " + type(value));
                }
            }
            out.add(new CmdbEntry(p, values));
        }
        v.throwIfAny();
        return out;
    }

    private static String type(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
