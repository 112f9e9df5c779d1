package org.itm.core.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.rule.internal.DefinitionJackson;
import org.itm.core.rule.internal.DefinitionReader;
import org.itm.core.rule.internal.DefinitionWriter;
import org.itm.core.validation.Violations;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A rule set written as data; compile it with {@link FactSchema#ruleSet(RuleSetDefinition, Class)} (or load and
 * compile in one step with {@link FactSchema#ruleSetFromJson(String, Class)}).
 *
 * <pre>{@code
 * name: incident-priority-overrides
 * strategy: FIRST_MATCH          # FIRST_MATCH, ALL_MATCHES or HIGHEST_PRIORITY; see MatchStrategy
 * rules:
 *   - name: payment-outage
 *     description: Payment services down for many users are always P1
 *     when:
 *       all:
 *         - {field: service, op: matches, value: "pay-.*"}
 *         - {field: affectedUsers, op: gte, value: 100}
 *     then: P1
 *   - name: default
 *     then: P3
 * }</pre>
 * Unknown properties, strategies, operators or badly shaped values are rejected with their path, all at once.
 *
 * @param name     the set's name; 1–{@value Rule#MAX_NAME_LENGTH} characters
 * @param strategy how rules are picked
 * @param rules    the rules in declaration order; names unique
 * @since 0.1
 */
@JsonSerialize(using = DefinitionJackson.RuleSetSerializer.class)
@JsonDeserialize(using = DefinitionJackson.RuleSetDeserializer.class)
public record RuleSetDefinition(String name, MatchStrategy strategy, List<RuleDefinition> rules) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param name the set's name; 1–{@value Rule#MAX_NAME_LENGTH} characters
     * @param strategy how rules are picked
     * @param rules the rules in declaration order; names unique
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RuleSetDefinition {
        Violations v = new Violations();
        if (v.require(name != null && !name.isBlank(), "name", "must not be blank")) {
            v.require(name.length() <= Rule.MAX_NAME_LENGTH, "name",
                    "must be at most " + Rule.MAX_NAME_LENGTH + " characters");
        }
        v.require(strategy != null, "strategy", "must not be null");
        if (v.require(rules != null, "rules", "must not be null")) {
            v.require(rules.size() <= RuleSet.MAX_RULES, "rules", "must hold at most " + RuleSet.MAX_RULES + " rules");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                RuleDefinition r = rules.get(i);
                if (v.require(r != null, "rules[" + i + "]", "must not be null")) {
                    v.require(names.add(r.name()), "rules[" + i + "].name", "duplicate rule name '" + r.name() + "'");
                }
            }
        }
        v.throwIfAny();
        rules = List.copyOf(rules);
    }

    /**
     * Reads a rule set definition from JSON.
     *
     * @param json the rule set as a JSON object
     * @return the definition, not yet checked against a schema (see {@link FactSchema#ruleSet})
     * @throws org.itm.core.ItmValidationException listing every problem with its JSON path,
     *                                             e.g. {@code $.rules[2].when.all[1].op: unknown operator 'equalz'}
     */
    public static RuleSetDefinition fromJson(String json) {
        return DefinitionReader.ruleSet(DefinitionReader.parseJson(json));
    }

    /**
     * Reads a rule set definition from YAML; errors as for {@link #fromJson(String)}.
     *
     * @param yaml the rule set as a YAML mapping
     * @return the definition, not yet checked against a schema (see {@link FactSchema#ruleSet})
     */
    public static RuleSetDefinition fromYaml(String yaml) {
        return DefinitionReader.ruleSet(DefinitionReader.parseYaml(yaml));
    }

    /**
     * This definition as JSON, readable by {@link #fromJson(String)}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return DefinitionWriter.json(DefinitionWriter.tree(this));
    }

    /**
     * This definition as YAML, readable by {@link #fromYaml(String)}.
     *
     * @return the YAML text
     */
    public String toYaml() {
        return DefinitionWriter.yaml(DefinitionWriter.tree(this));
    }
}
