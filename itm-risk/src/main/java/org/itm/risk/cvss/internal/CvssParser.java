package org.itm.risk.cvss.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.CvssVersion;

/** Strict parsing and validation of CVSS vector strings against each version's metric definitions. */
public final class CvssParser {

    private record Metric(String name, List<String> values, boolean mandatory) {
    }

    private static final List<Metric> V31 = List.of(
            m("AV", true, "N", "A", "L", "P"), m("AC", true, "L", "H"), m("PR", true, "N", "L", "H"),
            m("UI", true, "N", "R"), m("S", true, "U", "C"), m("C", true, "H", "L", "N"),
            m("I", true, "H", "L", "N"), m("A", true, "H", "L", "N"),
            m("E", false, "X", "H", "F", "P", "U"), m("RL", false, "X", "U", "W", "T", "O"),
            m("RC", false, "X", "C", "R", "U"),
            m("CR", false, "X", "H", "M", "L"), m("IR", false, "X", "H", "M", "L"), m("AR", false, "X", "H", "M", "L"),
            m("MAV", false, "X", "N", "A", "L", "P"), m("MAC", false, "X", "L", "H"),
            m("MPR", false, "X", "N", "L", "H"), m("MUI", false, "X", "N", "R"), m("MS", false, "X", "U", "C"),
            m("MC", false, "X", "H", "L", "N"), m("MI", false, "X", "H", "L", "N"), m("MA", false, "X", "H", "L", "N"));

    private static final List<Metric> V40 = List.of(
            m("AV", true, "N", "A", "L", "P"), m("AC", true, "L", "H"), m("AT", true, "N", "P"),
            m("PR", true, "N", "L", "H"), m("UI", true, "N", "P", "A"),
            m("VC", true, "H", "L", "N"), m("VI", true, "H", "L", "N"), m("VA", true, "H", "L", "N"),
            m("SC", true, "H", "L", "N"), m("SI", true, "H", "L", "N"), m("SA", true, "H", "L", "N"),
            m("E", false, "X", "A", "P", "U"),
            m("CR", false, "X", "H", "M", "L"), m("IR", false, "X", "H", "M", "L"), m("AR", false, "X", "H", "M", "L"),
            m("MAV", false, "X", "N", "A", "L", "P"), m("MAC", false, "X", "L", "H"), m("MAT", false, "X", "N", "P"),
            m("MPR", false, "X", "N", "L", "H"), m("MUI", false, "X", "N", "P", "A"),
            m("MVC", false, "X", "H", "L", "N"), m("MVI", false, "X", "H", "L", "N"), m("MVA", false, "X", "H", "L", "N"),
            m("MSC", false, "X", "H", "L", "N"), m("MSI", false, "X", "S", "H", "L", "N"),
            m("MSA", false, "X", "S", "H", "L", "N"),
            m("S", false, "X", "N", "P"), m("AU", false, "X", "N", "Y"), m("R", false, "X", "A", "U", "I"),
            m("V", false, "X", "D", "C"), m("RE", false, "X", "L", "M", "H"),
            m("U", false, "X", "Clear", "Green", "Amber", "Red"));

    private static final List<Metric> V20 = List.of(
            m("AV", true, "L", "A", "N"), m("AC", true, "H", "M", "L"), m("Au", true, "M", "S", "N"),
            m("C", true, "N", "P", "C"), m("I", true, "N", "P", "C"), m("A", true, "N", "P", "C"),
            m("E", false, "U", "POC", "F", "H", "ND"), m("RL", false, "OF", "TF", "W", "U", "ND"),
            m("RC", false, "UC", "UR", "C", "ND"),
            m("CDP", false, "N", "L", "LM", "MH", "H", "ND"), m("TD", false, "N", "L", "M", "H", "ND"),
            m("CR", false, "L", "M", "H", "ND"), m("IR", false, "L", "M", "H", "ND"), m("AR", false, "L", "M", "H", "ND"));

    private static final Map<String, Integer> V31_INDEX = index(V31);
    private static final Map<String, Integer> V40_INDEX = index(V40);
    private static final Map<String, Integer> V20_INDEX = index(V20);

    private CvssParser() {
    }

    private static Metric m(String name, boolean mandatory, String... values) {
        return new Metric(name, List.of(values), mandatory);
    }

    private static Map<String, Integer> index(List<Metric> metrics) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            idx.put(metrics.get(i).name(), i);
        }
        return Map.copyOf(idx);
    }

    private static List<Metric> specs(CvssVersion version) {
        return switch (version) {
            // v3.0 and v3.1 share their metrics and values; only the equations differ
            case V3_0, V3_1 -> V31;
            case V4_0 -> V40;
            case V2_0 -> V20;
        };
    }

    private static Map<String, Integer> indexOf(CvssVersion version) {
        return switch (version) {
            case V3_0, V3_1 -> V31_INDEX;
            case V4_0 -> V40_INDEX;
            case V2_0 -> V20_INDEX;
        };
    }

    /**
     * {@code text} quoted for an error message, bounded and escaped as {@link Checks#quote(String)} does.
     *
     * @param text the user input
     * @return the quoted text
     */
    public static String quote(String text) {
        return Checks.quote(text);
    }

    /**
     * Splits and checks a vector string; the result is in canonical order.
     *
     * @throws ItmValidationException with path {@code vector} and the first reason found
     */
    public static Map<String, String> parse(CvssVersion version, String vector) {
        Checks.notNull(vector, "vector");
        String prefix = version.prefix().isEmpty() ? "" : version.prefix() + "/";
        if (!vector.startsWith(prefix)) {
            throw fail("must start with '" + prefix + "'");
        }
        String body = vector.substring(prefix.length());
        if (body.isEmpty()) {
            throw fail(prefix.isEmpty() ? "has no metrics" : "has no metrics after '" + prefix + "'");
        }
        if (body.endsWith("/")) {
            throw fail("must not end with '/'");
        }
        Map<String, Integer> index = indexOf(version);
        Map<String, String> written = new LinkedHashMap<>();
        int lastIndex = -1;
        for (String component : body.split("/", -1)) {
            if (component.isEmpty()) {
                throw fail("has an empty component ('//')");
            }
            int colon = component.indexOf(':');
            if (colon <= 0 || colon != component.lastIndexOf(':') || colon == component.length() - 1) {
                throw fail("component " + quote(component) + " is not METRIC:VALUE");
            }
            String name = component.substring(0, colon);
            String value = component.substring(colon + 1);
            Integer position = index.get(name);
            if (position == null) {
                throw fail("unknown metric " + quote(name) + " for " + version.label());
            }
            if (written.containsKey(name)) {
                throw fail("metric '" + name + "' is given more than once");
            }
            Metric spec = specs(version).get(position);
            if (!spec.values().contains(value)) {
                throw fail("metric '" + name + "' has invalid value " + quote(value) + " (allowed: "
                        + String.join(", ", spec.values()) + ")");
            }
            if (version == CvssVersion.V4_0 && position < lastIndex) {
                throw fail("metric '" + name + "' is out of order: CVSS v4.0 requires the specification's order ("
                        + "it must come before '" + specs(version).get(lastIndex).name() + "')");
            }
            lastIndex = Math.max(lastIndex, position);
            written.put(name, value);
        }
        return validate(version, written);
    }

    /** Checks a metric map (from a parse or built in code) and returns it in canonical order. */
    public static Map<String, String> validate(CvssVersion version, Map<String, String> metrics) {
        Map<String, Integer> index = indexOf(version);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : metrics.entrySet()) {
            // a map built in code may hold nulls (HashMap does); Map.copyOf-backed lookups would throw a bare NPE
            if (e.getKey() == null) {
                problems.add("metric name must not be null");
                continue;
            }
            Integer position = index.get(e.getKey());
            if (position == null) {
                problems.add("unknown metric " + quote(e.getKey()) + " for " + version.label());
                continue;
            }
            Metric spec = specs(version).get(position);
            if (e.getValue() == null) {
                problems.add("metric '" + e.getKey() + "' has no value (null)");
            } else if (!spec.values().contains(e.getValue())) {
                problems.add("metric '" + e.getKey() + "' has invalid value " + quote(e.getValue()) + " (allowed: "
                        + String.join(", ", spec.values()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ItmValidationException(problems.stream()
                    .map(p -> new Violation("vector", p)).toList());
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Metric spec : specs(version)) {
            String value = metrics.get(spec.name());
            if (value == null) {
                if (spec.mandatory()) {
                    missing.add(spec.name());
                }
            } else {
                ordered.put(spec.name(), value);
            }
        }
        if (!missing.isEmpty()) {
            throw fail("missing mandatory metric" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return ordered;
    }

    /** The canonical vector string of a validated metric map. */
    public static String format(CvssVersion version, Map<String, String> metrics) {
        StringBuilder sb = new StringBuilder(version.prefix());
        for (Map.Entry<String, String> e : metrics.entrySet()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(e.getKey()).append(':').append(e.getValue());
        }
        return sb.toString();
    }

    /**
     * Whether {@code metrics} sets any of {@code names} to something other than "not defined".
     *
     * @param metrics     a validated metric map
     * @param notDefined  the version's "not defined" value ({@code X}, or {@code ND} in v2.0)
     * @param names       the metrics of one group
     * @return true if the group is used
     */
    public static boolean definesAny(Map<String, String> metrics, String notDefined, String... names) {
        for (String name : names) {
            if (!metrics.getOrDefault(name, notDefined).equals(notDefined)) {
                return true;
            }
        }
        return false;
    }

    private static ItmValidationException fail(String reason) {
        return new ItmValidationException("vector", reason);
    }
}
