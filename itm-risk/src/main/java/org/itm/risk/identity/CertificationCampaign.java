package org.itm.risk.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.NotFoundException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An access certification campaign: every entitlement of the covered identities is an item assigned to a reviewer
 * (by default the identity's manager), who approves or revokes it. Reminders list pending items per reviewer;
 * closing the campaign yields the revocations, including undecided items when {@code revokeOnExpiry}.
 * Thread-safe.
 */
public final class CertificationCampaign {

    /** A reviewer's decision on an item. */
    public enum Verdict { APPROVE, REVOKE }

    /**
     * One thing to certify.
     *
     * @param id          item id within the campaign
     * @param identityId  whose access
     * @param entitlement the entitlement
     * @param reviewer    who decides
     */
    public record Item(String id, String identityId, String entitlement, String reviewer) {
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

    /** Reviewer = the identity's manager; identities without one are rejected. */
    public static Function<Identity, String> byManager() {
        return i -> i.manager().orElseThrow(() -> new ItmValidationException("identities." + i.id(),
                "has no manager to review its access"));
    }

    public String name() {
        return name;
    }

    public synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    /** Records {@code reviewer}'s verdict; only the assigned reviewer may decide, and only while open. */
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

    public synchronized Optional<Verdict> decision(String itemId) {
        return Optional.ofNullable(decisions.get(itemId));
    }

    /** Decided items as a percentage of all, 0–100. */
    public synchronized double completionPercent() {
        return items.isEmpty() ? 100.0 : 100.0 * decisions.size() / items.size();
    }

    /** Pending items per reviewer, for reminders. */
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
