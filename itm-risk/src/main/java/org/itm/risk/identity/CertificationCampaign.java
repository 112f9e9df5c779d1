package org.itm.risk.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.NotFoundException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * An access certification campaign: every entitlement of the covered identities is an item assigned to a reviewer
 * (by default the identity's manager), who approves or revokes it. Reminders list pending items per reviewer;
 * closing the campaign yields the revocations, including undecided items when {@code revokeOnExpiry}.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class CertificationCampaign {

    /** A reviewer's decision on an item. */
    public enum Verdict {
        /** The identity keeps the entitlement. */
        APPROVE,
        /** The entitlement is revoked when the campaign closes. */
        REVOKE
    }

    /**
     * One thing to certify.
     *
     * @param id          item id within the campaign
     * @param identityId  whose access
     * @param entitlement the entitlement
     * @param reviewer    who decides
     */
    public record Item(String id, String identityId, String entitlement, String reviewer) {
        /**
         * Checks the components.
         *
         * @param id          item id within the campaign
         * @param identityId  whose access
         * @param entitlement the entitlement
         * @param reviewer    who decides
         * @throws org.itm.core.ItmValidationException naming every blank component at once
         */
        public Item {
            Violations v = new Violations();
            v.require(id != null && !id.isBlank(), "id", "must not be blank");
            v.require(identityId != null && !identityId.isBlank(), "identityId", "must not be blank");
            v.require(entitlement != null && !entitlement.isBlank(), "entitlement", "must not be blank");
            v.require(reviewer != null && !reviewer.isBlank(), "reviewer", "must not be blank");
            v.throwIfAny();
        }
    }

    /**
     * A campaign's whole state as a value, to store it (see {@link CertificationCampaignRepository}) and
     * {@link #restore} it later; validated like the campaign itself, so a stored state no campaign can reach is
     * rejected.
     *
     * @param name           the campaign's name
     * @param dueDate        when it is due
     * @param revokeOnExpiry whether undecided items are revoked on closing
     * @param items          the items, in order; ids distinct; copied
     * @param decisions      item id → verdict, only for items of the campaign; copied
     * @param closed         whether it was closed
     */
    public record State(String name, LocalDate dueDate, boolean revokeOnExpiry, List<Item> items,
                        Map<String, Verdict> decisions, boolean closed) {
        /**
         * Checks the components and copies the collections.
         *
         * @param name           the campaign's name
         * @param dueDate        when it is due
         * @param revokeOnExpiry whether undecided items are revoked on closing
         * @param items          the items, in order; ids distinct; copied
         * @param decisions      item id → verdict, only for items of the campaign; copied
         * @param closed         whether it was closed
         * @throws org.itm.core.ItmValidationException naming every problem at once: {@code name} when blank,
         *                                             {@code dueDate}, {@code items} or {@code decisions} when null,
         *                                             {@code items[i]} when null, {@code items[i].id} for a repeated
         *                                             item, {@code decisions.ID} for an unknown item or null verdict
         */
        public State {
            Violations v = new Violations();
            v.require(name != null && !name.isBlank(), "name", "must not be blank");
            v.require(dueDate != null, "dueDate", "must not be null");
            if (v.require(items != null, "items", "must not be null")) {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    if (v.require(item != null, "items[" + i + "]", "must not be null")) {
                        v.require(ids.add(item.id()), "items[" + i + "].id", "repeats item " + item.id());
                    }
                }
                if (v.require(decisions != null, "decisions", "must not be null")) {
                    for (Map.Entry<String, Verdict> d : decisions.entrySet()) {
                        v.require(ids.contains(d.getKey()), "decisions." + d.getKey(), "is not an item of the campaign");
                        v.require(d.getValue() != null, "decisions." + d.getKey(), "must not be null");
                    }
                }
            }
            v.throwIfAny();
            items = List.copyOf(items);
            decisions = Map.copyOf(decisions);
        }
    }

    private final String name;
    private final LocalDate dueDate;
    private final boolean revokeOnExpiry;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Verdict> decisions = new LinkedHashMap<>();
    private boolean closed;

    private CertificationCampaign(String name, LocalDate dueDate, boolean revokeOnExpiry) {
        this.name = name;
        this.dueDate = dueDate;
        this.revokeOnExpiry = revokeOnExpiry;
    }

    /**
     * Opens a campaign over {@code identities} of {@code model}, one item per distinct entitlement, assigned by
     * {@code reviewerOf} (e.g. the manager).
     *
     * @param name           the campaign's name; item ids are {@code name-1}, {@code name-2}, ...
     * @param dueDate        when reviewers must have decided
     * @param revokeOnExpiry whether items still undecided at closing are revoked
     * @param model          the access model the entitlements are read from
     * @param identities     the identities whose access is certified
     * @param reviewerOf     who reviews an identity's items, e.g. {@link #byManager()}
     * @return the open campaign
     * @throws ItmValidationException naming {@code name} when blank, {@code dueDate}, {@code model},
     *                                {@code identities} or {@code reviewerOf} when null, or
     *                                {@code reviewer of ID} when {@code reviewerOf} gives a blank reviewer
     */
    public static CertificationCampaign open(String name, LocalDate dueDate, boolean revokeOnExpiry, AccessModel model,
                                             List<Identity> identities, Function<Identity, String> reviewerOf) {
        Checks.notBlank(name, "name");
        Checks.notNull(dueDate, "dueDate");
        Checks.notNull(model, "model");
        Checks.notNull(identities, "identities");
        Checks.notNull(reviewerOf, "reviewerOf");
        CertificationCampaign c = new CertificationCampaign(name, dueDate, revokeOnExpiry);
        int n = 0;
        for (Identity i : identities) {
            String reviewer = Checks.notBlank(reviewerOf.apply(i), "reviewer of " + i.id());
            for (String e : model.entitlements(i.id()).stream().sorted().toList()) {
                String id = name + "-" + (++n);
                c.items.put(id, new Item(id, i.id(), e, reviewer));
            }
        }
        return c;
    }

    /**
     * Reviewer = the identity's manager; identities without one are rejected.
     *
     * @return the reviewer function; it throws an {@link ItmValidationException} naming {@code identities.ID} for
     *         an identity with no manager
     */
    public static Function<Identity, String> byManager() {
        return i -> i.manager().orElseThrow(() -> new ItmValidationException("identities." + i.id(),
                "has no manager to review its access"));
    }

    /**
     * The campaign's name.
     *
     * @return the name given to {@link #open}
     */
    public String name() {
        return name;
    }

    /**
     * This campaign's state now, to store.
     *
     * @return the state
     */
    public synchronized State state() {
        return new State(name, dueDate, revokeOnExpiry, List.copyOf(items.values()), new LinkedHashMap<>(decisions),
                closed);
    }

    /**
     * The campaign in {@code state}, e.g. as read back from its repository; it continues where it was.
     *
     * @param state a stored state
     * @return the campaign
     * @throws ItmValidationException if {@code state} is null
     */
    public static CertificationCampaign restore(State state) {
        Checks.notNull(state, "state");
        CertificationCampaign c = new CertificationCampaign(state.name(), state.dueDate(), state.revokeOnExpiry());
        state.items().forEach(i -> c.items.put(i.id(), i));
        // decisions in item order, as decide() would have produced them
        state.items().forEach(i -> {
            Verdict verdict = state.decisions().get(i.id());
            if (verdict != null) {
                c.decisions.put(i.id(), verdict);
            }
        });
        c.closed = state.closed();
        return c;
    }

    /**
     * Every item to certify.
     *
     * @return the items in creation order
     */
    public synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    /**
     * Records {@code reviewer}'s verdict, replacing an earlier one; only the assigned reviewer may decide, and only
     * while open.
     *
     * @param itemId   the item
     * @param reviewer who decides; must be the item's reviewer
     * @param verdict  approve or revoke
     * @throws ItmValidationException          naming {@code verdict} when null, or {@code reviewer} when it is not
     *                                         the item's reviewer
     * @throws NotFoundException               when the campaign has no such item
     * @throws IllegalStateTransitionException when the campaign is closed
     */
    public synchronized void decide(String itemId, String reviewer, Verdict verdict) {
        Checks.notNull(verdict, "verdict");
        if (closed) {
            throw new IllegalStateTransitionException("campaign " + name, "CLOSED", "DECIDED",
                    "a closed campaign takes no more decisions");
        }
        Item item = items.get(itemId);
        if (item == null) {
            throw new NotFoundException("item " + itemId + " is not in campaign " + name);
        }
        Checks.require(item.reviewer().equals(reviewer), "reviewer", reviewer + " is not the reviewer of "
                + itemId + " (" + item.reviewer() + " is)");
        decisions.put(itemId, verdict);
    }

    /**
     * The verdict on an item.
     *
     * @param itemId the item
     * @return the verdict, or empty while undecided (or for an unknown item)
     */
    public synchronized Optional<Verdict> decision(String itemId) {
        return Optional.ofNullable(decisions.get(itemId));
    }

    /**
     * Decided items as a percentage of all.
     *
     * @return 0 to 100; 100 for a campaign without items
     */
    public synchronized double completionPercent() {
        return items.isEmpty() ? 100.0 : 100.0 * decisions.size() / items.size();
    }

    /**
     * Pending items per reviewer, for reminders.
     *
     * @return reviewer → their undecided items; reviewers with none pending are absent
     */
    public synchronized Map<String, List<Item>> reminders() {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Item i : items.values()) {
            if (!decisions.containsKey(i.id())) {
                out.computeIfAbsent(i.reviewer(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /**
     * Closes the campaign on {@code today} (not before the due date unless every item is decided) and returns the
     * revocations to apply.
     *
     * @param today the closing date
     * @return one {@link AccessChange.Action#REVOKE} per revoked item, and per undecided item when
     *         {@code revokeOnExpiry}
     * @throws ItmValidationException          naming {@code today} when null
     * @throws IllegalStateTransitionException when already closed, or before the due date with items undecided
     */
    public synchronized List<AccessChange> close(LocalDate today) {
        Checks.notNull(today, "today");
        if (closed) {
            throw new IllegalStateTransitionException("campaign " + name, "CLOSED", "CLOSED", "already closed");
        }
        if (today.isBefore(dueDate) && decisions.size() < items.size()) {
            throw new IllegalStateTransitionException("campaign " + name, "OPEN", "CLOSED", "due " + dueDate
                    + " and " + (items.size() - decisions.size()) + " items are undecided");
        }
        List<AccessChange> changes = new ArrayList<>();
        for (Item i : items.values()) {
            Verdict v = decisions.get(i.id());
            if (v == Verdict.REVOKE) {
                changes.add(new AccessChange(AccessChange.Action.REVOKE, i.identityId(), i.entitlement(),
                        "revoked by " + i.reviewer() + " in " + name));
            } else if (v == null && revokeOnExpiry) {
                changes.add(new AccessChange(AccessChange.Action.REVOKE, i.identityId(), i.entitlement(),
                        "not certified by " + dueDate + " in " + name + " (revoke on expiry)"));
            }
        }
        closed = true;
        return List.copyOf(changes);
    }
}
