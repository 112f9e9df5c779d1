package org.itm.operations.alert.intake;

import java.util.Set;
import java.util.TreeSet;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.Decision;
import org.itm.core.rule.FactSchema;
import org.itm.core.rule.RuleDefinition;
import org.itm.core.rule.RuleEvaluation;
import org.itm.core.rule.RuleSet;
import org.itm.core.rule.RuleSetDefinition;
import org.itm.core.validation.Checks;
import org.itm.operations.alert.AlertStatus;

/**
 * How an incoming alert's labels become an ITM {@link Severity}: a rule set of the core rule engine over
 * {@link AlertFacts}, whose outcome is a severity constant, plus the severity used when no rule fires.
 *
 * <pre>{@code
 * SeverityRules rules = SeverityRules.fromYaml("""
 *         name: team-severity
 *         strategy: FIRST_MATCH
 *         rules:
 *           - name: payments-page
 *             when:
 *               all:
 *                 - {field: labels.team, op: eq, value: payments}
 *                 - {field: labels.severity, op: in, value: [critical, page]}
 *             then: CRITICAL
 *           - name: warnings
 *             when: {field: labels.severity, op: eq, value: warning}
 *             then: WARNING
 *         """, Severity.MINOR);
 * }</pre>
 *
 * <p>A definition may use the fields {@code format} ({@link AlertFormat} name), {@code status}
 * ({@link AlertStatus} name), {@code labels.<name>} and {@code annotations.<name>} for any label or annotation
 * name; a label the alert lacks is absent, so a comparison on it does not hold. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SeverityRules {

    /** The name of the decision when no rule fired and the fallback severity was used. */
    public static final String FALLBACK = "fallback";

    private static final String DEFAULTS = """
            name: alert-severity
            strategy: FIRST_MATCH
            rules:
              - name: critical
                description: severity label names an outage or a page
                when: {field: labels.severity, op: matches, value: "(?i)critical|crit|fatal|emergency|page|p1"}
                then: CRITICAL
              - name: major
                description: severity label names a significant degradation (PagerDuty's error)
                when: {field: labels.severity, op: matches, value: "(?i)major|high|error|err|p2"}
                then: MAJOR
              - name: minor
                description: severity label names a limited degradation
                when: {field: labels.severity, op: matches, value: "(?i)minor|medium|moderate|p3"}
                then: MINOR
              - name: warning
                description: severity label names a warning
                when: {field: labels.severity, op: matches, value: "(?i)warning|warn|low|p4"}
                then: WARNING
              - name: info
                description: severity label says information only
                when: {field: labels.severity, op: matches, value: "(?i)info|informational|none|p5"}
                then: INFO
            """;

    private static final SeverityRules DEFAULT_RULES = fromYaml(DEFAULTS, Severity.WARNING);

    private final RuleSet<AlertFacts, Severity> rules;
    private final Severity fallback;

    private SeverityRules(RuleSet<AlertFacts, Severity> rules, Severity fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    /**
     * The default rules, on the {@code severity} label (case-insensitive): {@code critical}, {@code crit},
     * {@code fatal}, {@code emergency}, {@code page}, {@code p1} → CRITICAL; {@code major}, {@code high},
     * {@code error}, {@code err}, {@code p2} → MAJOR; {@code minor}, {@code medium}, {@code moderate}, {@code p3}
     * → MINOR; {@code warning}, {@code warn}, {@code low}, {@code p4} → WARNING; {@code info},
     * {@code informational}, {@code none}, {@code p5} → INFO; anything else, or no such label, → WARNING.
     *
     * @return the default rules
     */
    public static SeverityRules defaults() {
        return DEFAULT_RULES;
    }

    /**
     * Rules read from YAML (see {@link RuleSetDefinition} for the format).
     *
     * @param yaml     the definition
     * @param fallback the severity when no rule fires
     * @return the rules
     * @throws ItmValidationException naming every problem with its path: an unknown field, an operator that does
     *                                not apply, an outcome that is not a severity constant
     */
    public static SeverityRules fromYaml(String yaml, Severity fallback) {
        return of(RuleSetDefinition.fromYaml(Checks.notNull(yaml, "yaml")), fallback);
    }

    /**
     * Rules read from JSON; as {@link #fromYaml(String, Severity)}.
     *
     * @param json     the definition
     * @param fallback the severity when no rule fires
     * @return the rules
     * @throws ItmValidationException naming every problem with its path
     */
    public static SeverityRules fromJson(String json, Severity fallback) {
        return of(RuleSetDefinition.fromJson(Checks.notNull(json, "json")), fallback);
    }

    /**
     * Rules compiled from a definition.
     *
     * @param definition the rule set definition; outcomes are {@link Severity} constant names
     * @param fallback   the severity when no rule fires
     * @return the rules
     * @throws ItmValidationException naming every problem with its path
     */
    public static SeverityRules of(RuleSetDefinition definition, Severity fallback) {
        Checks.notNull(definition, "definition");
        Checks.notNull(fallback, "fallback");
        Set<String> fields = new TreeSet<>();
        for (RuleDefinition r : definition.rules()) {
            r.when().ifPresent(c -> collect(c, fields));
        }
        FactSchema.Builder<AlertFacts> schema = FactSchema.<AlertFacts>builder()
                .enumeration("format", AlertFormat.class, AlertFacts::format)
                .enumeration("status", AlertStatus.class, AlertFacts::status);
        for (String f : fields) {
            if (f.startsWith("labels.") && f.length() > "labels.".length()) {
                String name = f.substring("labels.".length());
                schema.string(f, a -> a.labels().get(name));
            } else if (f.startsWith("annotations.") && f.length() > "annotations.".length()) {
                String name = f.substring("annotations.".length());
                schema.string(f, a -> a.annotations().get(name));
            }
        }
        return new SeverityRules(schema.build().ruleSet(definition, Severity.class), fallback);
    }

    private static void collect(ConditionDefinition c, Set<String> out) {
        if (c instanceof ConditionDefinition.All all) {
            all.all().forEach(p -> collect(p, out));
        } else if (c instanceof ConditionDefinition.Any any) {
            any.any().forEach(p -> collect(p, out));
        } else if (c instanceof ConditionDefinition.Not not) {
            collect(not.not(), out);
        } else if (c instanceof ConditionDefinition.Compare cmp) {
            out.add(cmp.field());
        }
    }

    /**
     * The severity when no rule fires.
     *
     * @return the fallback severity
     */
    public Severity fallback() {
        return fallback;
    }

    /**
     * The compiled rule set, e.g. to {@link RuleSet#describe() describe} it.
     *
     * @return the rule set, immutable
     */
    public RuleSet<AlertFacts, Severity> ruleSet() {
        return rules;
    }

    /**
     * The severity of an alert and the rule that gave it.
     *
     * @param facts the alert's facts
     * @return the severity and the name of the rule that fired, or {@value #FALLBACK}
     */
    public AlertSeverity decide(AlertFacts facts) {
        Decision<Severity> d = rules.decide(Checks.notNull(facts, "facts"));
        for (RuleEvaluation<Severity> e : d.evaluations()) {
            if (e.fired()) {
                return new AlertSeverity(e.outcome(), e.rule());
            }
        }
        return new AlertSeverity(fallback, FALLBACK);
    }

}
