package org.itm.governance.decision;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Who is responsible, accountable, consulted and informed for one decision type; valid only with exactly one
 * accountable party and at least one responsible party. Parties are people or committees, by name.
 */
public record RaciMatrix(String decisionType, Map<String, Raci> assignments) {

    public RaciMatrix {
        Checks.id(decisionType, "decisionType");
        Checks.notNull(assignments, "assignments");
        Violations v = new Violations();
        long accountable = assignments.values().stream().filter(r -> r == Raci.ACCOUNTABLE).count();
        v.require(accountable == 1, "assignments", "must have exactly one ACCOUNTABLE party for " + decisionType
                + ", has " + accountable + (accountable > 1 ? " " + partiesWith(assignments, Raci.ACCOUNTABLE) : ""));
        v.require(assignments.containsValue(Raci.RESPONSIBLE), "assignments",
                "must have at least one RESPONSIBLE party for " + decisionType);
        assignments.forEach((p, r) -> {
            v.check("assignments[" + p + "]", () -> Checks.id(p, "party"));
            v.require(r != null, "assignments[" + p + "]", "must not be null");
        });
        v.throwIfAny();
        assignments = Map.copyOf(assignments);
    }

    public String accountable() {
        return assignments.entrySet().stream().filter(e -> e.getValue() == Raci.ACCOUNTABLE).findFirst().orElseThrow().getKey();
    }

    public Set<String> parties(Raci role) {
        return partiesWith(assignments, role);
    }

    private static Set<String> partiesWith(Map<String, Raci> a, Raci role) {
        return a.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
        return decisionType + " " + new TreeMap<>(assignments);
    }
}
