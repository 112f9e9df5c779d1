package org.itm.core.rule;

import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.internal.DefinitionJackson;
import org.itm.core.rule.internal.Values;
import org.itm.core.validation.Violations;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A rule written as data, part of a {@link RuleSetDefinition}:
 * <pre>{@code
 * {"name": "major-outage", "description": "Many users cannot work", "priority": 10,
 *  "when": {"field": "affectedUsers", "op": "gte", "value": 100},
 *  "then": "P1"}
 * }</pre>
 * {@code description} defaults to empty, {@code priority} to 0, and a rule without {@code when} always fires
 * (a catch-all). {@code then} is any JSON value; it becomes the outcome type when the rule set is compiled
 * with {@link FactSchema#ruleSet(RuleSetDefinition, Class)}.
 *
 * @param name        unique name within the set; 1–{@value Rule#MAX_NAME_LENGTH} characters
 * @param description the decision criterion in words; may be empty
 * @param priority    see {@link Rule#priority()}
 * @param when        the condition; empty for a rule that always fires
 * @param then        the outcome in neutral form (string, boolean, decimal number, list or map of these)
 * @since 0.1
 */
@JsonSerialize(using = DefinitionJackson.RuleSerializer.class)
@JsonDeserialize(using = DefinitionJackson.RuleDeserializer.class)
public record RuleDefinition(String name, String description, int priority, Optional<ConditionDefinition> when,
                             Object then) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param name unique name within the set; 1–{@value Rule#MAX_NAME_LENGTH} characters
     * @param description the decision criterion in words; may be empty
     * @param priority see {@link Rule#priority()}
     * @param when the condition; empty for a rule that always fires
     * @param then the outcome in neutral form (string, boolean, decimal number, list or map of these)
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RuleDefinition {
        Violations v = new Violations();
        if (v.require(name != null && !name.isBlank(), "name", "must not be blank")) {
            v.require(name.length() <= Rule.MAX_NAME_LENGTH, "name",
                    "must be at most " + Rule.MAX_NAME_LENGTH + " characters");
        }
        v.require(description != null, "description", "must not be null (use \"\" for none)");
        v.require(when != null, "when", "must not be null (use Optional.empty() for a catch-all)");
        Object normalised = null;
        if (v.require(then != null, "then", "must not be null")) {
            try {
                normalised = Values.any(then, "then");
            } catch (ItmValidationException e) {
                v.addAll("", e);
            }
        }
        v.throwIfAny();
        then = normalised;
    }

    /**
     * A rule with priority 0 and no description.
     *
     * @param name unique name within its rule set
     * @param when when the rule fires
     * @param then the outcome, converted to the rule set's outcome type when compiled
     * @return the definition
     */
    public static RuleDefinition of(String name, ConditionDefinition when, Object then) {
        return new RuleDefinition(name, "", 0, Optional.of(when), then);
    }
}
