package org.itm.governance.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;

/**
 * A policy as data: id, name, area, owner and rules. Load one from YAML with {@link #fromYaml(String)}, e.g.
 * <pre>{@code
 * id: data-handling
 * name: Data handling
 * area: DATA_CLASSIFICATION
 * owner: ciso
 * rules:
 *   - id: encrypt-confidential
 *     description: Confidential data is encrypted at rest
 *     severity: HIGH
 *     appliesTo: {field: classification, op: in, value: [CONFIDENTIAL, SECRET]}
 *     requirement: {field: encryptedAtRest, op: eq, value: true}
 *     remediation: Enable storage encryption
 * }</pre>
 *
 * @param id    the policy's id, named by {@link PolicyException#policyId()}
 * @param name  a display name
 * @param area  the family it belongs to
 * @param owner who owns the policy, e.g. {@code ciso}
 * @param rules its rules, at least one, each id once; copied
 * @since 0.1
 */
public record Policy(@NotNull @Identifier String id, @NotBlank String name, @NotNull PolicyArea area,
                     @NotBlank String owner, @NotEmpty List<@NotNull PolicyRule> rules) {

    /**
     * Validates every field and reports all violations together: the annotations, then rule ids that are unique.
     *
     * @param id    stable identifier, e.g. {@code data-handling}
     * @param name  shown to people
     * @param area  the policy area
     * @param owner who answers for the policy; the owner of its violations
     * @param rules the requirements, at least one, ids unique
     * @throws ItmValidationException naming every bad field, e.g. {@code owner} or {@code rules[encrypt-at-rest]}
     */
    public Policy {
        Violations v = new Violations().addAll(Validation.checkComponents(Policy.class, id, name, area, owner,
                rules));
        if (rules != null) {
            Set<String> ids = new HashSet<>();
            rules.stream().filter(Objects::nonNull)
                    .forEach(r -> v.require(ids.add(r.id()), "rules[" + r.id() + "]", "appears more than once"));
        }
        v.throwIfAny();
        rules = List.copyOf(rules);
    }

    /**
     * Reads a policy from YAML, in the form shown above.
     *
     * @param yaml the policy document
     * @return the policy
     * @throws ItmValidationException listing every violation with its path in the document
     */
    public static Policy fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, Policy.class);
    }
}
