package org.itm.risk.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * Entitlements everyone gets by department and by job role (plus ones for everybody), and the access changes
 * joiner, mover and leaver events require.
 *
 * @param everyone     entitlements of every active identity
 * @param byDepartment department → entitlements
 * @param byJobRole    job role → entitlements
 * @since 0.1
 */
public record BirthrightRules(Set<String> everyone, Map<String, Set<String>> byDepartment,
                             Map<String, Set<String>> byJobRole) {

    /**
     * Checks the components and copies the collections.
     *
     * @param everyone     entitlements of every active identity
     * @param byDepartment department → entitlements
     * @param byJobRole    job role → entitlements
     * @throws org.itm.core.ItmValidationException naming {@code everyone}, {@code byDepartment} or {@code byJobRole}
     *                                             when null
     */
    public BirthrightRules {
        everyone = Set.copyOf(Checks.notNull(everyone, "everyone"));
        byDepartment = Map.copyOf(Checks.notNull(byDepartment, "byDepartment"));
        byJobRole = Map.copyOf(Checks.notNull(byJobRole, "byJobRole"));
    }

    /**
     * Birthright entitlements of someone in {@code department} with {@code jobRole}, each with its rule.
     *
     * @param department the department
     * @param jobRole    the job role
     * @return entitlement → rule, e.g. {@code "birthright of department finance"}; everyone's first, then the
     *         department's, then the job role's, each sorted, an entitlement listed under its first rule
     */
    public Map<String, String> entitlementsFor(String department, String jobRole) {
        Map<String, String> out = new LinkedHashMap<>();
        everyone.stream().sorted().forEach(e -> out.putIfAbsent(e, "birthright of everyone"));
        byDepartment.getOrDefault(department, Set.of()).stream().sorted()
                .forEach(e -> out.putIfAbsent(e, "birthright of department " + department));
        byJobRole.getOrDefault(jobRole, Set.of()).stream().sorted()
                .forEach(e -> out.putIfAbsent(e, "birthright of job role " + jobRole));
        return out;
    }

    /**
     * A joiner gets the birthright entitlements of their department and job role.
     *
     * @param joiner the new identity
     * @return one {@link AccessChange.Action#GRANT} per birthright, reason {@code "joiner: "} and the rule
     * @throws org.itm.core.ItmValidationException naming {@code joiner} when null
     */
    public List<AccessChange> joiner(Identity joiner) {
        Checks.notNull(joiner, "joiner");
        return entitlementsFor(joiner.department(), joiner.jobRole()).entrySet().stream()
                .map(e -> new AccessChange(AccessChange.Action.GRANT, joiner.id(), e.getKey(), "joiner: " + e.getValue()))
                .toList();
    }

    /**
     * A mover loses the birthrights of the old position that the new one does not give, and gains the new ones;
     * access held beyond birthrights is left for certification.
     *
     * @param before the identity in the old position
     * @param after  the same identity in the new position
     * @return the revokes, then the grants; empty when the birthrights are the same
     * @throws org.itm.core.ItmValidationException naming {@code before} or {@code after} when null, or {@code after}
     *                                             when it is another identity
     */
    public List<AccessChange> mover(Identity before, Identity after) {
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        Checks.require(before.id().equals(after.id()), "after", "must be the same identity as before");
        Map<String, String> old = entitlementsFor(before.department(), before.jobRole());
        Map<String, String> now = entitlementsFor(after.department(), after.jobRole());
        List<AccessChange> changes = new ArrayList<>();
        old.forEach((e, why) -> {
            if (!now.containsKey(e)) {
                changes.add(new AccessChange(AccessChange.Action.REVOKE, after.id(), e, "mover: no longer "
                        + why.replace("birthright of ", "in ")));
            }
        });
        now.forEach((e, why) -> {
            if (!old.containsKey(e)) {
                changes.add(new AccessChange(AccessChange.Action.GRANT, after.id(), e, "mover: " + why));
            }
        });
        return List.copyOf(changes);
    }

    /**
     * A leaver's enabled accounts are disabled and every entitlement they hold is revoked.
     *
     * @param leaver the identity leaving
     * @param model  the access model their grants and accounts are read from
     * @return one {@link AccessChange.Action#REVOKE} per entitlement (sorted), then one
     *         {@link AccessChange.Action#DISABLE_ACCOUNT} per enabled account
     * @throws org.itm.core.ItmValidationException naming {@code leaver} or {@code model} when null
     */
    public List<AccessChange> leaver(Identity leaver, AccessModel model) {
        Checks.notNull(leaver, "leaver");
        Checks.notNull(model, "model");
        List<AccessChange> changes = new ArrayList<>();
        Set<String> revoked = new HashSet<>();
        model.grants(leaver.id()).stream().map(Grant::entitlement).sorted().forEach(e -> {
            if (revoked.add(e)) {
                changes.add(new AccessChange(AccessChange.Action.REVOKE, leaver.id(), e, "leaver"));
            }
        });
        model.accountsOf(leaver.id()).stream().filter(Account::enabled).forEach(a -> changes.add(
                new AccessChange(AccessChange.Action.DISABLE_ACCOUNT, leaver.id(), a.id(), "leaver")));
        return List.copyOf(changes);
    }
}
