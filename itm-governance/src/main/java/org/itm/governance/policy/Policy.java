package org.itm.governance.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;

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
 */
public record Policy(String id, String name, PolicyArea area, String owner, List<PolicyRule> rules) {

    /**
     * Checks the components and copies the rules.
     *
     * @param id    the policy's id, named by {@link PolicyException#policyId()}
     * @param name  a display name
     * @param area  the family it belongs to
     * @param owner who owns the policy, e.g. {@code ciso}
     * @param rules its rules, at least one, each id once; copied
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code name} or {@code owner}
     *                                             when blank, {@code area} when null, {@code rules} when null or
     *                                             empty, or {@code rules[ID]} for a rule id given twice
     */
    public Policy {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(area, "area");
        Checks.notBlank(owner, "owner");
        rules = List.copyOf(Checks.notEmpty(rules, "rules"));
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> Checks.require(ids.add(r.id()), "rules[" + r.id() + "]", "appears more than once"));
    }

    /**
     * Reads a policy from YAML in the form shown above, with the same checks as the constructor.
     *
     * @param yaml the YAML text
     * @return the policy
     * @throws org.itm.core.ItmValidationException when the text is not valid YAML for a policy, naming the path of the
     *                                             bad element, or when a check of a policy or rule fails
     */
    public static Policy fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, Policy.class);
    }
}
