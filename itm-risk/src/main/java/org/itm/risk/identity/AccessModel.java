package org.itm.risk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * An immutable snapshot of identities, accounts and roles, and the governance findings computed from it.
 * Nested roles are resolved (cycles are rejected), so every effective entitlement carries the path it came by.
 *
 * @since 0.1
 */
public final class AccessModel {

    private final Map<String, Identity> identities;
    private final Map<String, Account> accounts;
    private final Map<String, Role> roles;

    private AccessModel(Map<String, Identity> identities, Map<String, Account> accounts, Map<String, Role> roles) {
        this.identities = identities;
        this.accounts = accounts;
        this.roles = roles;
    }

    /**
     * Builds the model.
     *
     * @param identities the people and service identities
     * @param accounts   the accounts in target systems, linked to identities or not
     * @param roles      the roles, which may include other roles
     * @return the model
     * @throws org.itm.core.ItmValidationException naming {@code identities}, {@code accounts} or {@code roles} when
     *                                             null, and then every duplicate id, unknown role or role cycle
     */
    public static AccessModel of(Collection<Identity> identities, Collection<Account> accounts,
                                 Collection<Role> roles) {
        Checks.notNull(identities, "identities");
        Checks.notNull(accounts, "accounts");
        Checks.notNull(roles, "roles");
        Violations v = new Violations();
        Map<String, Identity> ids = new LinkedHashMap<>();
        identities.forEach(i -> v.require(ids.put(i.id(), i) == null, "identities", "duplicate id " + i.id()));
        Map<String, Role> rs = new LinkedHashMap<>();
        roles.forEach(r -> v.require(rs.put(r.id(), r) == null, "roles", "duplicate id " + r.id()));
        Map<String, Account> acs = new LinkedHashMap<>();
        accounts.forEach(a -> {
            v.require(acs.put(a.id(), a) == null, "accounts", "duplicate id " + a.id());
            a.roles().forEach(r -> v.require(rs.containsKey(r), "accounts." + a.id(), "unknown role " + r));
        });
        rs.values().forEach(r -> r.roles().forEach(n -> v.require(rs.containsKey(n), "roles." + r.id(),
                "unknown nested role " + n)));
        v.throwIfAny();
        for (Role r : rs.values()) {
            detectCycle(r.id(), rs, new ArrayDeque<>(), v);
        }
        v.throwIfAny();
        return new AccessModel(Map.copyOf(ids), Collections.unmodifiableMap(acs), Map.copyOf(rs));
    }

    private static void detectCycle(String role, Map<String, Role> roles, Deque<String> stack, Violations v) {
        if (stack.contains(role)) {
            v.add("roles." + role, "role cycle " + String.join(" > ", stack) + " > " + role);
            return;
        }
        stack.addLast(role);
        for (String nested : Objects.requireNonNull(roles.get(role)).roles()) {
            detectCycle(nested, roles, stack, v);
        }
        stack.removeLast();
    }

    /**
     * An identity by id.
     *
     * @param id the identity's id
     * @return the identity, or empty when the model has none with that id
     */
    public Optional<Identity> identity(String id) {
        return Optional.ofNullable(identities.get(id));
    }

    /**
     * Every identity.
     *
     * @return the identities, unmodifiable
     */
    public Collection<Identity> identities() {
        return identities.values();
    }

    /**
     * Every account.
     *
     * @return the accounts, unmodifiable
     */
    public Collection<Account> accounts() {
        return accounts.values();
    }

    /**
     * Accounts linked to an identity, enabled or not.
     *
     * @param identityId the identity's id
     * @return its accounts; empty for an unknown identity
     */
    public List<Account> accountsOf(String identityId) {
        return accounts.values().stream().filter(a -> a.identityId().map(identityId::equals).orElse(false)).toList();
    }

    /**
     * Every grant of every entitlement the identity holds on its enabled accounts, direct or through roles.
     *
     * @param identityId the identity's id
     * @return the grants, each with the path it came by; empty for an unknown identity
     */
    public List<Grant> grants(String identityId) {
        if (!identities.containsKey(identityId)) {
            throw new NotFoundException("identity " + identityId + " is unknown");
        }
        List<Grant> grants = new ArrayList<>();
        for (Account a : accountsOf(identityId)) {
            if (!a.enabled()) {
                continue;
            }
            a.entitlements().forEach(e -> grants.add(new Grant(e, a.id(), List.of())));
            for (String r : a.roles()) {
                collect(r, a.id(), new ArrayList<>(), grants);
            }
        }
        return List.copyOf(grants);
    }

    private void collect(String roleId, String accountId, List<String> path, List<Grant> out) {
        path.add(roleId);
        // the model's constructor rejected a grant or nesting of an unknown role
        Role role = Objects.requireNonNull(roles.get(roleId), roleId);
        role.entitlements().forEach(e -> out.add(new Grant(e, accountId, path)));
        for (String nested : role.roles()) {
            collect(nested, accountId, path, out);
        }
        path.remove(path.size() - 1);
    }

    /**
     * The distinct entitlements the identity holds.
     *
     * @param identityId the identity's id
     * @return the entitlements of {@link #grants(String)}, each once
     */
    public Set<String> entitlements(String identityId) {
        Set<String> result = new HashSet<>();
        grants(identityId).forEach(g -> result.add(g.entitlement()));
        return Set.copyOf(result);
    }

    /**
     * Enabled accounts with no linked identity, or whose identity is unknown or terminated.
     *
     * @return one {@link AccountFinding.Kind#ORPHANED} finding per such account
     */
    public List<AccountFinding> orphanedAccounts() {
        List<AccountFinding> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (!a.enabled()) {
                continue;
            }
            if (a.identityId().isEmpty()) {
                out.add(new AccountFinding(a, AccountFinding.Kind.ORPHANED, "enabled account with no owner"));
            } else {
                Identity i = identities.get(a.identityId().get());
                if (i == null) {
                    out.add(new AccountFinding(a, AccountFinding.Kind.ORPHANED, "owner " + a.identityId().get()
                            + " is not a known identity"));
                } else if (i.status() == IdentityStatus.TERMINATED) {
                    out.add(new AccountFinding(a, AccountFinding.Kind.ORPHANED, "owner " + i.id()
                            + " is terminated but the account is enabled"));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Enabled accounts with no login for more than {@code days} days before {@code now} (or never).
     *
     * @param days the dormancy threshold in days, above zero, e.g. 90
     * @param now  the instant to count back from
     * @return one {@link AccountFinding.Kind#DORMANT} finding per such account
     * @throws org.itm.core.ItmValidationException naming {@code days} when not positive or {@code now} when null
     */
    public List<AccountFinding> dormantAccounts(int days, Instant now) {
        Checks.positive(days, "days");
        Checks.notNull(now, "now");
        Instant cutoff = now.minus(Duration.ofDays(days));
        List<AccountFinding> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (!a.enabled()) {
                continue;
            }
            if (a.lastLogin().isEmpty()) {
                out.add(new AccountFinding(a, AccountFinding.Kind.DORMANT, "never logged in"));
            } else if (a.lastLogin().get().isBefore(cutoff)) {
                out.add(new AccountFinding(a, AccountFinding.Kind.DORMANT, "last login " + a.lastLogin().get()
                        + ", more than " + days + " days ago"));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Identities holding entitlements from two or more conflicting sets of a policy, directly or via roles.
     *
     * @param policies the segregation-of-duties policies
     * @return one violation per identity and policy breached, with the grants involved
     * @throws org.itm.core.ItmValidationException naming {@code policies} when null
     */
    public List<SodViolation> sodViolations(Collection<SodPolicy> policies) {
        Checks.notNull(policies, "policies");
        List<SodViolation> out = new ArrayList<>();
        for (Identity i : identities.values()) {
            List<Grant> grants = grants(i.id());
            for (SodPolicy p : policies) {
                List<Grant> conflicting = new ArrayList<>();
                int setsHit = 0;
                for (Set<String> set : p.conflictingSets()) {
                    List<Grant> hits = grants.stream().filter(g -> set.contains(g.entitlement())).toList();
                    if (!hits.isEmpty()) {
                        setsHit++;
                        conflicting.addAll(hits);
                    }
                }
                if (setsHit >= 2) {
                    out.add(new SodViolation(i, p, conflicting));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Entitlements an active identity holds that less than {@code maxPeerShare} of its peers (same department and
     * job role, at least {@code minPeers} of them) hold.
     *
     * @param maxPeerShare the share of peers below which an entitlement is excessive, in [0, 1], e.g. 0.2
     * @param minPeers     the fewest peers a group needs to be judged, above zero
     * @return one finding per identity and excessive entitlement
     * @throws org.itm.core.ItmValidationException naming {@code maxPeerShare} when outside [0, 1] or
     *                                             {@code minPeers} when not positive
     */
    public List<ExcessivePrivilege> excessivePrivilege(double maxPeerShare, int minPeers) {
        Checks.fraction(maxPeerShare, "maxPeerShare");
        Checks.positive(minPeers, "minPeers");
        Map<String, List<Identity>> groups = new HashMap<>();
        for (Identity i : identities.values()) {
            if (i.status() == IdentityStatus.ACTIVE) {
                groups.computeIfAbsent(i.department() + "\u0000" + i.jobRole(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Set<String>> held = new HashMap<>();
        identities.values().forEach(i -> held.put(i.id(), entitlements(i.id())));
        List<ExcessivePrivilege> out = new ArrayList<>();
        for (List<Identity> group : groups.values()) {
            if (group.size() - 1 < minPeers) {
                continue;
            }
            for (Identity i : group) {
                for (String e : Objects.requireNonNull(held.get(i.id())).stream().sorted().toList()) {
                    long peersWith = group.stream().filter(p -> !p.id().equals(i.id()))
                            .filter(p -> Objects.requireNonNull(held.get(p.id())).contains(e)).count();
                    double share = (double) peersWith / (group.size() - 1);
                    if (share < maxPeerShare) {
                        out.add(new ExcessivePrivilege(i, e, share, group.size() - 1));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((ExcessivePrivilege x) -> x.identity().id())
                .thenComparing(ExcessivePrivilege::entitlement));
        return List.copyOf(out);
    }
}
