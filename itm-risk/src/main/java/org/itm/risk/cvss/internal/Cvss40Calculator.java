package org.itm.risk.cvss.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itm.risk.cvss.Cvss40Score;
import org.itm.risk.cvss.Cvss40Vector;

/**
 * CVSS v4.0 scoring: the vector's MacroVector (EQ1–EQ6) selects a score from the specification's table, which is
 * then lowered by the mean proportional distance of the vector from the highest-severity vectors of its
 * MacroVector, as FIRST's reference calculator does.
 *
 * <p>All distances are whole tenths, so the interpolation is carried out exactly on integers over a common
 * denominator and rounded half-up once at the end; floating point would turn e.g. 8.55 into 8.5.
 */
public final class Cvss40Calculator {

    /** Least common multiple of every "max severity" depth (1..10), the common denominator of the interpolation. */
    private static final long LCM = 2520;

    private static final Map<String, Integer> LOOKUP = loadLookup();

    private static final Map<String, Integer> AV = Map.of("N", 0, "A", 1, "L", 2, "P", 3);
    private static final Map<String, Integer> PR = Map.of("N", 0, "L", 1, "H", 2);
    private static final Map<String, Integer> UI = Map.of("N", 0, "P", 1, "A", 2);
    private static final Map<String, Integer> AC = Map.of("L", 0, "H", 1);
    private static final Map<String, Integer> AT = Map.of("N", 0, "P", 1);
    private static final Map<String, Integer> VULN = Map.of("H", 0, "L", 1, "N", 2);
    private static final Map<String, Integer> SUBSEQUENT = Map.of("S", 0, "H", 1, "L", 2, "N", 3);
    private static final Map<String, Integer> REQUIREMENT = Map.of("H", 0, "M", 1, "L", 2);

    /** Highest-severity vectors per EQ level (EQ3 is keyed jointly with EQ6 as "eq3eq6"). */
    private static final Map<String, List<String>> MAX_COMPOSED = Map.ofEntries(
            Map.entry("eq1:0", List.of("AV:N/PR:N/UI:N")),
            Map.entry("eq1:1", List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P")),
            Map.entry("eq1:2", List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P")),
            Map.entry("eq2:0", List.of("AC:L/AT:N")),
            Map.entry("eq2:1", List.of("AC:H/AT:N", "AC:L/AT:P")),
            Map.entry("eq3:00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H")),
            Map.entry("eq3:01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M")),
            Map.entry("eq3:10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H")),
            Map.entry("eq3:11", List.of("VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                    "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                    "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M")),
            Map.entry("eq3:21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H")),
            Map.entry("eq4:0", List.of("SC:H/SI:S/SA:S")),
            Map.entry("eq4:1", List.of("SC:H/SI:H/SA:H")),
            Map.entry("eq4:2", List.of("SC:L/SI:L/SA:L")));

    /** Depth (in tenths) of each EQ level, the distance spanned from its highest to its lowest vector. */
    private static final int[] MAX_SEVERITY_EQ1 = {1, 4, 5};
    private static final int[] MAX_SEVERITY_EQ2 = {1, 2};
    private static final int[][] MAX_SEVERITY_EQ3EQ6 = {{7, 6}, {8, 8}, {0, 10}};
    private static final int[] MAX_SEVERITY_EQ4 = {6, 5, 4};

    private static final List<String> THREAT = List.of("E");
    private static final List<String> ENVIRONMENTAL = List.of("CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI",
            "MVC", "MVI", "MVA", "MSC", "MSI", "MSA");

    private Cvss40Calculator() {
    }

    /** The number of MacroVectors in the specification's table (270). */
    public static int lookupSize() {
        return LOOKUP.size();
    }

    /** The table score of {@code macroVector} in tenths, or -1 when the specification has no such MacroVector. */
    public static int lookupTenths(String macroVector) {
        return LOOKUP.getOrDefault(macroVector, -1);
    }

    public static Cvss40Score score(Cvss40Vector vector) {
        Map<String, String> written = vector.metrics();
        Effective m = new Effective(written);
        String nomenclature = nomenclature(written);
        if (m.allNone("VC", "VI", "VA", "SC", "SI", "SA")) {
            return new Cvss40Score(vector, BigDecimal.valueOf(0, 1), macroVector(m), nomenclature);
        }
        String macro = macroVector(m);
        int eq1 = macro.charAt(0) - '0';
        int eq2 = macro.charAt(1) - '0';
        int eq3 = macro.charAt(2) - '0';
        int eq4 = macro.charAt(3) - '0';
        int eq5 = macro.charAt(4) - '0';
        int eq6 = macro.charAt(5) - '0';
        int value = Objects.requireNonNull(LOOKUP.get(macro));

        int lowerEq1 = lookupTenths(macro(eq1 + 1, eq2, eq3, eq4, eq5, eq6));
        int lowerEq2 = lookupTenths(macro(eq1, eq2 + 1, eq3, eq4, eq5, eq6));
        int lowerEq3Eq6;
        if (eq3 == 0 && eq6 == 0) {
            // two neighbours: the higher one is the next lower step
            lowerEq3Eq6 = Math.max(lookupTenths(macro(eq1, eq2, eq3, eq4, eq5, 1)),
                    lookupTenths(macro(eq1, eq2, 1, eq4, eq5, eq6)));
        } else if (eq3 == 1 && eq6 == 0) {
            lowerEq3Eq6 = lookupTenths(macro(eq1, eq2, eq3, eq4, eq5, 1));
        } else {
            lowerEq3Eq6 = lookupTenths(macro(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
        }
        int lowerEq4 = lookupTenths(macro(eq1, eq2, eq3, eq4 + 1, eq5, eq6));
        int lowerEq5 = lookupTenths(macro(eq1, eq2, eq3, eq4, eq5 + 1, eq6));

        int[] distances = distancesFromMax(m, eq1, eq2, eq3, eq4, eq6);
        int distEq1 = distances[0] + distances[1] + distances[2];
        int distEq2 = distances[3] + distances[4];
        int distEq3Eq6 = distances[5] + distances[6] + distances[7] + distances[11] + distances[12] + distances[13];
        int distEq4 = distances[8] + distances[9] + distances[10];

        long numerator = 0;
        int existingLower = 0;
        if (lowerEq1 >= 0 && value - lowerEq1 >= 0) {
            existingLower++;
            numerator += (long) (value - lowerEq1) * distEq1 * (LCM / MAX_SEVERITY_EQ1[eq1]);
        }
        if (lowerEq2 >= 0 && value - lowerEq2 >= 0) {
            existingLower++;
            numerator += (long) (value - lowerEq2) * distEq2 * (LCM / MAX_SEVERITY_EQ2[eq2]);
        }
        if (lowerEq3Eq6 >= 0 && value - lowerEq3Eq6 >= 0) {
            existingLower++;
            numerator += (long) (value - lowerEq3Eq6) * distEq3Eq6 * (LCM / MAX_SEVERITY_EQ3EQ6[eq3][eq6]);
        }
        if (lowerEq4 >= 0 && value - lowerEq4 >= 0) {
            existingLower++;
            numerator += (long) (value - lowerEq4) * distEq4 * (LCM / MAX_SEVERITY_EQ4[eq4]);
        }
        if (lowerEq5 >= 0 && value - lowerEq5 >= 0) {
            // EQ5 has a single vector per level: it counts towards the mean but never moves the score
            existingLower++;
        }
        long tenths;
        if (existingLower == 0) {
            tenths = value;
        } else {
            long denominator = LCM * existingLower;
            long scaled = value * denominator - numerator;
            scaled = Math.max(0, Math.min(100 * denominator, scaled));
            tenths = Math.floorDiv(2 * scaled + denominator, 2 * denominator);
        }
        return new Cvss40Score(vector, BigDecimal.valueOf(tenths, 1), macro, nomenclature);
    }

    /**
     * Severity distances (tenths) of each metric from the first highest-severity vector of the MacroVector that
     * the vector does not exceed, in the order AV PR UI AC AT VC VI VA SC SI SA CR IR AR.
     */
    private static int[] distancesFromMax(Effective m, int eq1, int eq2, int eq3, int eq4, int eq6) {
        int[] current = {
                AV.get(m.get("AV")), PR.get(m.get("PR")), UI.get(m.get("UI")),
                AC.get(m.get("AC")), AT.get(m.get("AT")),
                VULN.get(m.get("VC")), VULN.get(m.get("VI")), VULN.get(m.get("VA")),
                SUBSEQUENT.get(m.get("SC")), SUBSEQUENT.get(m.get("SI")), SUBSEQUENT.get(m.get("SA")),
                REQUIREMENT.get(m.get("CR")), REQUIREMENT.get(m.get("IR")), REQUIREMENT.get(m.get("AR"))};
        int[] distances = new int[current.length];
        for (String a : Objects.requireNonNull(MAX_COMPOSED.get("eq1:" + eq1))) {
            for (String b : Objects.requireNonNull(MAX_COMPOSED.get("eq2:" + eq2))) {
                for (String c : Objects.requireNonNull(MAX_COMPOSED.get("eq3:" + eq3 + eq6))) {
                    for (String d : Objects.requireNonNull(MAX_COMPOSED.get("eq4:" + eq4))) {
                        Map<String, String> max = parseMax(a + "/" + b + "/" + c + "/" + d);
                        int[] maxLevels = {
                                AV.get(max.get("AV")), PR.get(max.get("PR")), UI.get(max.get("UI")),
                                AC.get(max.get("AC")), AT.get(max.get("AT")),
                                VULN.get(max.get("VC")), VULN.get(max.get("VI")), VULN.get(max.get("VA")),
                                SUBSEQUENT.get(max.get("SC")), SUBSEQUENT.get(max.get("SI")),
                                SUBSEQUENT.get(max.get("SA")),
                                REQUIREMENT.get(max.get("CR")), REQUIREMENT.get(max.get("IR")),
                                REQUIREMENT.get(max.get("AR"))};
                        boolean allNonNegative = true;
                        for (int i = 0; i < current.length; i++) {
                            distances[i] = current[i] - maxLevels[i];
                            allNonNegative &= distances[i] >= 0;
                        }
                        if (allNonNegative) {
                            return distances;
                        }
                    }
                }
            }
        }
        // the reference calculator keeps the distances of the last candidate when none fits
        return distances;
    }

    private static Map<String, String> parseMax(String composed) {
        Map<String, String> max = new HashMap<>();
        for (String part : composed.split("/")) {
            int colon = part.indexOf(':');
            max.put(part.substring(0, colon), part.substring(colon + 1));
        }
        return max;
    }

    static String macroVector(Effective m) {
        String av = m.get("AV");
        String pr = m.get("PR");
        String ui = m.get("UI");
        int eq1;
        if (av.equals("N") && pr.equals("N") && ui.equals("N")) {
            eq1 = 0;
        } else if ((av.equals("N") || pr.equals("N") || ui.equals("N")) && !av.equals("P")) {
            eq1 = 1;
        } else {
            eq1 = 2;
        }
        int eq2 = m.get("AC").equals("L") && m.get("AT").equals("N") ? 0 : 1;
        String vc = m.get("VC");
        String vi = m.get("VI");
        String va = m.get("VA");
        int eq3;
        if (vc.equals("H") && vi.equals("H")) {
            eq3 = 0;
        } else if (vc.equals("H") || vi.equals("H") || va.equals("H")) {
            eq3 = 1;
        } else {
            eq3 = 2;
        }
        int eq4;
        if (m.get("SI").equals("S") || m.get("SA").equals("S")) {
            eq4 = 0;
        } else if (m.get("SC").equals("H") || m.get("SI").equals("H") || m.get("SA").equals("H")) {
            eq4 = 1;
        } else {
            eq4 = 2;
        }
        int eq5 = switch (m.get("E")) {
            case "A" -> 0;
            case "P" -> 1;
            default -> 2;
        };
        boolean highRequirementOnHighImpact = (m.get("CR").equals("H") && vc.equals("H"))
                || (m.get("IR").equals("H") && vi.equals("H"))
                || (m.get("AR").equals("H") && va.equals("H"));
        int eq6 = highRequirementOnHighImpact ? 0 : 1;
        return macro(eq1, eq2, eq3, eq4, eq5, eq6);
    }

    private static String macro(int... eqs) {
        StringBuilder sb = new StringBuilder(6);
        for (int eq : eqs) {
            sb.append(eq);
        }
        return sb.toString();
    }

    private static String nomenclature(Map<String, String> written) {
        boolean threat = THREAT.stream().anyMatch(k -> !written.getOrDefault(k, "X").equals("X"));
        boolean environmental = ENVIRONMENTAL.stream().anyMatch(k -> !written.getOrDefault(k, "X").equals("X"));
        return "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
    }

    /** Effective metric values: modified metrics override base ones; unset threat/requirements take worst case. */
    static final class Effective {
        private final Map<String, String> written;

        Effective(Map<String, String> written) {
            this.written = written;
        }

        String get(String metric) {
            String selected = written.getOrDefault(metric, "X");
            switch (metric) {
                case "E":
                    return selected.equals("X") ? "A" : selected;
                case "CR", "IR", "AR":
                    return selected.equals("X") ? "H" : selected;
                default:
                    String modified = written.getOrDefault("M" + metric, "X");
                    return modified.equals("X") ? selected : modified;
            }
        }

        boolean allNone(String... metrics) {
            for (String metric : metrics) {
                if (!get(metric).equals("N")) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Map<String, Integer> loadLookup() {
        String resource = "cvss40-macrovectors.txt";
        Map<String, Integer> table = new HashMap<>();
        try (InputStream in = Cvss40Calculator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                String prefix = parts[0];
                List<String> suffixes = prefix.charAt(2) == '2'
                        ? List.of("01", "11", "21")
                        : List.of("00", "01", "10", "11", "20", "21");
                if (parts.length - 1 != suffixes.size()) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
                for (int i = 0; i < suffixes.size(); i++) {
                    int tenths = new BigDecimal(parts[i + 1]).movePointRight(1).intValueExact();
                    table.put(prefix + suffixes.get(i), tenths);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (table.size() != 270) {
            throw new IllegalStateException(resource + " must hold 270 MacroVectors, has " + table.size());
        }
        return Map.copyOf(table);
    }
}
