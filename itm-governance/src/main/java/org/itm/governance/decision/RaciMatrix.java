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
 * accountable party and at least one responsible party. Parties are people or committees, by name. Register it with
 * {@link DecisionLog#raci}: only the accountable party may then record decisions of the type.
 *
 * @param decisionType the kind of decision, an id, as in {@link DecisionRequest#decisionType()}
 * @param assignments  party id → role; copied
 * @since 0.1
 */
public record RaciMatrix(String decisionType, Map<String, Raci> assignments) {

    /**
     * Checks the components.
     *
     * @param decisionType the kind of decision, an id, as in {@link DecisionRequest#decisionType()}
     * @param assignments  party id → role; copied
     * @throws org.itm.core.ItmValidationException naming {@code decisionType} when not an id, {@code assignments}
     *                                             when null or without exactly one ACCOUNTABLE and at least one
     *                                             RESPONSIBLE party, or {@code assignments[PARTY]} for a party that
     *                                             is not an id or has a null role
     */
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

    /**
     * The one party who owns decisions of this type.
     *
     * @return the accountable party's id
     */
    public String accountable() {
        return assignments.entrySet().stream().filter(e -> e.getValue() == Raci.ACCOUNTABLE).findFirst().orElseThrow().getKey();
    }

    /**
     * The parties holding a role.
     *
     * @param role the role
     * @return their ids in alphabetical order; empty when none holds it
     */
    public Set<String> parties(Raci role) {
        return partiesWith(assignments, role);
    }

    private static Set<String> partiesWith(Map<String, Raci> a, Raci role) {
        return a.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The type and its assignments in party order, e.g. {@code vendor-selection {procurement=RESPONSIBLE,
     * steering=ACCOUNTABLE}}.
     *
     * @return the matrix as text
     */
    @Override
    public String toString() {
        return decisionType + " " + new TreeMap<>(assignments);
    }
}
