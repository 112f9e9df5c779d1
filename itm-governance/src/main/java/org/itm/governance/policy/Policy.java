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
 */
public record Policy(String id, String name, PolicyArea area, String owner, List<PolicyRule> rules) {

    public Policy {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(area, "area");
        Checks.notBlank(owner, "owner");
        rules = List.copyOf(Checks.notEmpty(rules, "rules"));
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> Checks.require(ids.add(r.id()), "rules[" + r.id() + "]", "appears more than once"));
    }

    public static Policy fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, Policy.class);
    }
}
