package org.itm.risk.vuln;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A prioritisation decision tree held as data: ordered decision points and one row per combination of their
 * values giving the outcome. Complete (every combination has exactly one row) by construction. Load custom tables
 * with {@link #fromJson} / {@link #fromYaml}; {@link #ssvcDeployer()} is CERT/CC SSVC's deployer patch
 * application priority table v1.0.0 (72 rows).
 *
 * @param name           table name
 * @param version        table version
 * @param source         where the table comes from
 * @param decisionPoints the questions, in tree order
 * @param outcome        the possible outcomes (as a decision point whose values are the outcomes)
 * @param rows           each row: one value per decision point, then the outcome
 * @since 0.1
 */
public record DecisionTable(String name, String version, String source, List<DecisionPoint> decisionPoints,
                            DecisionPoint outcome, List<List<String>> rows) {

    /**
     * Checks the table and copies it.
     *
     * @param name           table name
     * @param version        table version
     * @param source         where the table comes from
     * @param decisionPoints the questions, in tree order
     * @param outcome        the possible outcomes (as a decision point whose values are the outcomes)
     * @param rows           each row: one value per decision point, then the outcome
     * @throws org.itm.core.ItmValidationException naming every problem: {@code name} or {@code version} when blank,
     *                                             {@code source}, {@code outcome} or {@code rows} when null,
     *                                             {@code decisionPoints} when empty, and each bad row
     */
    public DecisionTable {
        Violations v = new Violations();
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(version != null && !version.isBlank(), "version", "must not be blank");
        v.require(source != null, "source", "must not be null");
        v.require(decisionPoints != null && !decisionPoints.isEmpty(), "decisionPoints", "must not be empty");
        v.require(outcome != null, "outcome", "must not be null");
        v.require(rows != null, "rows", "must not be null");
        v.throwIfAny();
        decisionPoints = List.copyOf(decisionPoints);
        List<List<String>> copied = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row == null || row.size() != decisionPoints.size() + 1) {
                v.add("rows[" + r + "]", "must have " + (decisionPoints.size() + 1) + " values (one per decision "
                        + "point, then the outcome)");
                continue;
            }
            for (int i = 0; i < decisionPoints.size(); i++) {
                DecisionPoint p = decisionPoints.get(i);
                v.require(p.values().contains(row.get(i)), "rows[" + r + "][" + i + "]",
                        "'" + row.get(i) + "' is not a value of " + p.key() + " " + p.values());
            }
            v.require(outcome.values().contains(row.get(decisionPoints.size())), "rows[" + r + "]",
                    "outcome '" + row.get(decisionPoints.size()) + "' is not one of " + outcome.values());
            List<String> key = List.copyOf(row.subList(0, decisionPoints.size()));
            Integer earlier = seen.put(key, r);
            v.require(earlier == null, "rows[" + r + "]", "repeats the combination of rows[" + earlier + "]");
            copied.add(List.copyOf(row));
        }
        long combinations = 1;
        for (DecisionPoint p : decisionPoints) {
            combinations *= p.values().size();
        }
        v.require(seen.size() == combinations, "rows", "must cover all " + combinations + " combinations, covers "
                + seen.size());
        v.throwIfAny();
        rows = List.copyOf(copied);
    }

    /**
     * CERT/CC SSVC Deployer Patch Application Priority v1.0.0, as published.
     *
     * @return the shipped table, outcomes {@code defer}, {@code scheduled}, {@code out-of-cycle} and
     *         {@code immediate}
     */
    public static DecisionTable ssvcDeployer() {
        return Holder.SSVC_DEPLOYER;
    }

    /**
     * Reads a table from JSON (fields: name, version, source, decisionPoints, outcome, rows), with the same checks as
     * the constructor.
     *
     * @param json the JSON text
     * @return the table
     * @throws ItmValidationException when the text is not a valid table, naming the path of the bad element
     */
    public static DecisionTable fromJson(String json) {
        return ItmJson.fromJson(json, DecisionTable.class);
    }

    /**
     * Reads a table from YAML with the same fields as {@link #fromJson}.
     *
     * @param yaml the YAML text
     * @return the table
     * @throws ItmValidationException when the text is not a valid table, naming the path of the bad element
     */
    public static DecisionTable fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, DecisionTable.class);
    }

    /**
     * Decides for {@code inputs} (decision point key → value).
     *
     * @param inputs decision point key → value, one for every decision point of the table
     * @return the outcome with the path of answers that led to it
     * @throws ItmValidationException naming {@code inputs} when null, and each missing, unknown or invalid input
     */
    public TableDecision decide(Map<String, String> inputs) {
        Checks.notNull(inputs, "inputs");
        Violations v = new Violations();
        List<String> key = new ArrayList<>();
        List<TableDecision.Step> path = new ArrayList<>();
        for (DecisionPoint p : decisionPoints) {
            String value = inputs.get(p.key());
            if (value == null) {
                v.add(p.key(), "is required");
            } else if (!p.values().contains(value)) {
                v.add(p.key(), "'" + value + "' is not one of " + p.values());
            } else {
                key.add(value);
                path.add(new TableDecision.Step(p.name(), value));
            }
        }
        for (String k : inputs.keySet()) {
            v.require(decisionPoints.stream().anyMatch(p -> p.key().equals(k)), k, "is not a decision point of "
                    + name);
        }
        v.throwIfAny();
        String result = lookup(key).orElseThrow();
        return new TableDecision(name + " " + version, result, path);
    }

    private Optional<String> lookup(List<String> key) {
        for (List<String> row : rows) {
            if (row.subList(0, key.size()).equals(key)) {
                return Optional.of(row.get(key.size()));
            }
        }
        return Optional.empty();
    }

    /**
     * Writes this table as JSON, loadable with {@link #fromJson}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ItmJson.toJson(this);
    }

    private static final class Holder {
        static final DecisionTable SSVC_DEPLOYER = load("ssvc-deployer-1.0.0.json");

        private static DecisionTable load(String resource) {
            try (InputStream in = DecisionTable.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
