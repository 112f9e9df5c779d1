package org.itm.store.jdbc.internal;

import java.util.Map;
import java.util.TreeMap;
import org.itm.core.json.ItmJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * The {@code indexes} column: a document's index values as a JSON object with its fields in sorted order, exactly as
 * {@link ItmJson#toJson} writes a sorted map. Maps whose fields and values are printable ASCII without {@code "} or
 * {@code \} (ids, states, priorities: nearly all of them) are written and read by a direct scan; every other map,
 * and any text the scan does not recognise, goes through Jackson, so both paths give the same text and the same map.
 */
final class IndexCodec {

    private static final JavaType INDEX_MAP =
            ItmJson.json().getTypeFactory().constructMapType(TreeMap.class, String.class, String.class);

    private IndexCodec() {
    }

    static String encode(Map<String, String> indexes) {
        if (indexes.isEmpty()) {
            return "{}";
        }
        Map<String, String> sorted = indexes instanceof TreeMap<String, String> t && t.comparator() == null
                ? t : new TreeMap<>(indexes);
        StringBuilder out = new StringBuilder(16 * sorted.size() + 2).append('{');
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!plain(e.getKey()) || !plain(e.getValue())) {
                return ItmJson.toJson(sorted);
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
        }
        return out.append('}').toString();
    }

    static Map<String, String> decode(String text) {
        if ("{}".equals(text)) {
            return Map.of();
        }
        Map<String, String> scanned = scan(text);
        return scanned != null ? scanned : ItmJson.fromJson(text, INDEX_MAP);
    }

    /** The map of {@code {"k":"v",...}} with plain fields and values, or null for any other text. */
    private static @Nullable Map<String, String> scan(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
            return null;
        }
        TreeMap<String, String> map = new TreeMap<>();
        int i = 1;
        while (true) {
            int keyEnd = quotedEnd(text, i);
            if (keyEnd < 0 || keyEnd + 1 >= n || text.charAt(keyEnd + 1) != ':') {
                return null;
            }
            int valueEnd = quotedEnd(text, keyEnd + 2);
            if (valueEnd < 0 || map.put(text.substring(i + 1, keyEnd), text.substring(keyEnd + 3, valueEnd)) != null) {
                return null;
            }
            char next = valueEnd + 1 < n ? text.charAt(valueEnd + 1) : 0;
            if (next == '}' && valueEnd + 2 == n) {
                return map;
            }
            if (next != ',') {
                return null;
            }
            i = valueEnd + 2;
        }
    }

    /** The index of the quote closing a plain string that opens at {@code at}, or -1. */
    private static int quotedEnd(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '"') {
            return -1;
        }
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (!plain(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!plain(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    }
}
