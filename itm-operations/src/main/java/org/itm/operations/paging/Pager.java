package org.itm.operations.paging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.OnCallSlot;

/**
 * Raises pages and walks their escalation policy: call {@link #evaluate(OnCallPage)} at any cadence; each level
 * is notified once per round (the {@link NotificationLedger} is claimed before notifying), and an acknowledgement
 * stops escalation. Level times count in elapsed time from the trigger, so a DST change moves nothing.
 *
 * @since 0.1
 */
public final class Pager {

    private final Map<String, EscalationPolicy> policies;
    private final Map<String, OnCallSchedule> schedules;
    private final Notifier notifier;
    private final NotificationLedger ledger;
    private final Clock clock;

    private Pager(Map<String, EscalationPolicy> policies, Map<String, OnCallSchedule> schedules, Notifier notifier,
                  NotificationLedger ledger, Clock clock) {
        this.policies = Map.copyOf(policies);
        this.schedules = Map.copyOf(schedules);
        this.notifier = notifier;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param policies  escalation policies by id
     * @param schedules on-call schedules by id, for levels that target schedules
     * @param notifier  sends the pages (channel {@code pager})
     * @param ledger    remembers what was notified
     * @param clock     the time source
     * @return a pager
     * @throws ItmValidationException naming each null argument or a level's unknown schedule
     */
    public static Pager create(Map<String, EscalationPolicy> policies, Map<String, OnCallSchedule> schedules,
                               Notifier notifier, NotificationLedger ledger, Clock clock) {
        Violations v = new Violations();
        v.require(policies != null, "policies", "must not be null");
        v.require(schedules != null, "schedules", "must not be null");
        v.require(notifier != null, "notifier", "must not be null");
        v.require(ledger != null, "ledger", "must not be null");
        v.require(clock != null, "clock", "must not be null");
        v.throwIfAny();
        policies.forEach((id, p) -> {
            for (int i = 0; i < p.levels().size(); i++) {
                for (String s : p.levels().get(i).scheduleIds()) {
                    v.require(schedules.containsKey(s), "policies." + id + ".levels[" + i + "].scheduleIds",
                            "unknown schedule " + s);
                }
            }
        });
        v.throwIfAny();
        return new Pager(policies, schedules, notifier, ledger, clock);
    }

    /** @return the ids of the policies this pager walks */
    public Set<String> policyIds() {
        return policies.keySet();
    }

    /**
     * Raises a page and notifies its first level at once.
     *
     * @param pageId   id-like, unique per page
     * @param policyId a known policy
     * @param summary  one line for the people paged
     * @return the page after its first evaluation
     * @throws ItmValidationException naming each bad argument
     */
    public OnCallPage trigger(String pageId, String policyId, String summary) {
        Violations v = new Violations();
        v.check("pageId", () -> Checks.id(pageId, "pageId"));
        v.require(policyId != null && policies.containsKey(policyId), "policyId", "must name a known policy");
        v.require(summary != null && !summary.isBlank(), "summary", "must not be blank");
        v.throwIfAny();
        Instant now = clock.instant();
        OnCallPage page = new OnCallPage(pageId, policyId, summary, now, PageStatus.TRIGGERED,
                List.of(new PageEvent(now, "triggered", "", "", "")));
        return evaluate(page);
    }

    /**
     * Notifies every level (of every round) whose time has come and that the ledger has not seen; does nothing for
     * a page that is not {@code TRIGGERED}.
     *
     * @param page the current snapshot
     * @return the snapshot with the notifications added to its timeline
     * @throws ItmValidationException if {@code page} is null or names an unknown policy
     */
    public OnCallPage evaluate(OnCallPage page) {
        Checks.notNull(page, "page");
        EscalationPolicy policy = policies.get(page.policyId());
        if (policy == null) {
            throw new ItmValidationException("page.policyId", "unknown policy " + page.policyId());
        }
        if (page.status() != PageStatus.TRIGGERED) {
            return page;
        }
        Instant now = clock.instant();
        Duration round = policy.roundLength();
        List<PageEvent> added = new ArrayList<>();
        for (int r = 0; r <= policy.repeats(); r++) {
            Instant due = page.triggeredAt().plus(round.multipliedBy(r));
            for (int i = 0; i < policy.levels().size(); i++) {
                if (due.isAfter(now)) {
                    return page.with(PageStatus.TRIGGERED, added);
                }
                if (ledger.claim(page.id(), i, r)) {
                    if (i > 0 || r > 0) {
                        // nobody acknowledged in time: the timeline says so before the next level is notified
                        added.add(new PageEvent(now, "escalated", "level " + i + ", round " + r, "", "timeout"));
                    }
                    added.addAll(notifyLevel(page, policy.levels().get(i), i, r, now));
                }
                due = due.plus(policy.levels().get(i).delay());
            }
        }
        return page.with(PageStatus.TRIGGERED, added);
    }

    private List<PageEvent> notifyLevel(OnCallPage page, EscalationLevel level, int index, int round, Instant now) {
        Set<String> recipients = new LinkedHashSet<>(level.people());
        recipients.addAll(level.groups());
        for (String s : level.scheduleIds()) {
            Objects.requireNonNull(schedules.get(s)).whoIsOnCall(now).map(OnCallSlot::member).ifPresent(recipients::add);
        }
        List<PageEvent> events = new ArrayList<>();
        if (recipients.isEmpty()) {
            events.add(new PageEvent(now, "notified", "", notifier.name(), "nobody on call at level " + index));
            return events;
        }
        for (String who : recipients) {
            Notification n = Notification.builder().channel("pager").recipient(who).subject(page.summary())
                    .body("level " + index + ", round " + round).severity(Severity.CRITICAL)
                    .correlationId(page.id()).deduplicationKey(page.id() + "/" + index + "/" + round + "/" + who)
                    .build();
            DeliveryResult result = notifier.send(n);
            events.add(new PageEvent(now, "notified", who, result.notifierName(), result.status().name()));
        }
        return events;
    }

    /**
     * @param page the current snapshot, {@code TRIGGERED}
     * @param who  who takes it
     * @return the acknowledged snapshot; escalation stops
     * @throws IllegalPageTransitionException if the page is not {@code TRIGGERED}
     */
    public OnCallPage acknowledge(OnCallPage page, String who) {
        require(page, who, PageStatus.TRIGGERED, "acknowledge");
        return page.with(PageStatus.ACKNOWLEDGED, List.of(new PageEvent(clock.instant(), "acknowledged", who, "",
                "")));
    }

    /**
     * @param page the current snapshot, not {@code RESOLVED}
     * @param who  who resolved it
     * @return the resolved snapshot
     * @throws IllegalPageTransitionException if the page is already resolved
     */
    public OnCallPage resolve(OnCallPage page, String who) {
        Checks.notNull(page, "page");
        Checks.notBlank(who, "who");
        if (page.status() == PageStatus.RESOLVED) {
            throw new IllegalPageTransitionException(page.id(), page.status(), "resolve");
        }
        return page.with(PageStatus.RESOLVED, List.of(new PageEvent(clock.instant(), "resolved", who, "", "")));
    }

    /**
     * Hands an acknowledged or triggered page to someone else and notifies them directly.
     *
     * @param page the current snapshot, not {@code RESOLVED}
     * @param to   the new owner
     * @return the snapshot with the reassignment and its notification recorded
     * @throws IllegalPageTransitionException if the page is resolved
     */
    public OnCallPage reassign(OnCallPage page, String to) {
        Checks.notNull(page, "page");
        Checks.notBlank(to, "to");
        if (page.status() == PageStatus.RESOLVED) {
            throw new IllegalPageTransitionException(page.id(), page.status(), "reassign");
        }
        Instant now = clock.instant();
        DeliveryResult result = notifier.send(Notification.builder().channel("pager").recipient(to)
                .subject(page.summary()).body("reassigned to you").severity(Severity.CRITICAL)
                .correlationId(page.id()).deduplicationKey(page.id() + "/reassign/" + to + "/" + now).build());
        return page.with(page.status(), List.of(new PageEvent(now, "reassigned", to, "", ""),
                new PageEvent(now, "notified", to, result.notifierName(), result.status().name())));
    }

    /**
     * Records that the owner snoozed an acknowledged page until {@code until}.
     *
     * @param page  the current snapshot, {@code ACKNOWLEDGED}
     * @param who   who snoozed
     * @param until when it wakes
     * @return the snapshot with the snooze recorded
     * @throws IllegalPageTransitionException if the page is not acknowledged
     */
    public OnCallPage snooze(OnCallPage page, String who, Instant until) {
        require(page, who, PageStatus.ACKNOWLEDGED, "snooze");
        Checks.notNull(until, "until");
        return page.with(page.status(), List.of(new PageEvent(clock.instant(), "snoozed", who, "",
                "until " + until)));
    }

    private static void require(OnCallPage page, String who, PageStatus expected, String action) {
        Checks.notNull(page, "page");
        Checks.notBlank(who, "who");
        if (page.status() != expected) {
            throw new IllegalPageTransitionException(page.id(), page.status(), action);
        }
    }
}
