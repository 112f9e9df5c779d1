package org.itm.operations.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.itm.core.notify.Notification;
import org.itm.core.notify.NotificationRouter;
import org.itm.core.notify.Notifier;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;
import org.itm.operations.sla.ThresholdCrossing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies escalation rules to a ticket at an instant and acts on those that fire: raises the escalation level in
 * the ledger and notifies. Call it as often as you like (every minute, on every event): each rule fires once per
 * SLA cycle, per stay in a state, or per period with a matching priority, because the ledger remembers what fired.
 *
 * <p>Two ways to act: with an {@link EscalationLedger} and a notifier or router the notification is sent at once
 * (what fired is remembered as long as the ledger lives); with a {@link StoredEscalationLedger} the escalation,
 * the raised level and the notification's outbox entry are stored in one atomic batch and an
 * {@link org.itm.core.outbox.OutboxDispatcher} delivers it, so a restart neither loses nor repeats a notification.
 * Every notification carries an idempotency key derived from the escalation's key (ticket, rule and scope).
 *
 * @since 0.1
 */
public final class EscalationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationEngine.class);
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]{1," + Notification.MAX_IDEMPOTENCY_KEY_CHARS + "}");

    /** How the engine records an escalation and its notification; returns the level after, empty if fired before. */
    private interface Action {
        Optional<Integer> fire(EscalationRule rule, String ticketId, String key, Due due, Instant now,
                               IntFunction<Optional<Notification>> notification);
    }

    private final List<EscalationRule> rules;
    private final Action action;

    private EscalationEngine(List<EscalationRule> rules, Action action) {
        this.rules = List.copyOf(Checks.notNull(rules, "rules"));
        this.action = action;
    }

    /**
     * An engine that remembers in {@code ledger} and sends through {@code notifier} at once.
     *
     * @param rules    the rules, evaluated in order
     * @param ledger   what fired so far
     * @param notifier where notifications go
     * @return the engine
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static EscalationEngine create(List<EscalationRule> rules, EscalationLedger ledger, Notifier notifier) {
        Checks.notNull(notifier, "notifier");
        return immediate(rules, ledger, notifier::send);
    }

    /**
     * An engine that remembers in {@code ledger} and sends through {@code router} at once (its routes,
     * de-duplication and rate limits apply).
     *
     * @param rules  the rules, evaluated in order
     * @param ledger what fired so far
     * @param router where notifications go
     * @return the engine
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static EscalationEngine create(List<EscalationRule> rules, EscalationLedger ledger,
                                          NotificationRouter router) {
        Checks.notNull(router, "router");
        return immediate(rules, ledger, router::route);
    }

    /**
     * An engine that records each escalation with its notification in {@code ledger}'s store, atomically, for the
     * outbox dispatcher to deliver through the notifier named {@code notifierName}.
     *
     * @param rules        the rules, evaluated in order
     * @param ledger       the stored ledger (and its outbox)
     * @param notifierName the {@link Notifier#name()} the dispatcher delivers through
     * @return the engine
     * @throws org.itm.core.ItmValidationException if an argument is null or the name is not id-like
     */
    public static EscalationEngine create(List<EscalationRule> rules, StoredEscalationLedger ledger,
                                          String notifierName) {
        Checks.notNull(ledger, "ledger");
        Checks.id(notifierName, "notifierName");
        return new EscalationEngine(rules, (rule, ticketId, key, due, now, notification) -> {
            EscalationRecord record = new EscalationRecord(key, ticketId, rule.id(), due.scope, due.at, now, 0,
                    rule.recipients().isEmpty() ? Optional.empty() : Optional.of(idempotencyKey(key)));
            return ledger.fire(record, rule.raiseToLevel(), level -> notification.apply(level)
                    .map(n -> List.<Write>of(ledger.outbox().enqueue(notifierName, n, now))).orElse(List.of()));
        });
    }

    private static EscalationEngine immediate(List<EscalationRule> rules, EscalationLedger ledger,
                                              Consumer<Notification> sender) {
        Checks.notNull(ledger, "ledger");
        return new EscalationEngine(rules, (rule, ticketId, key, due, now, notification) -> {
            if (!ledger.markFired(key)) {
                return Optional.empty();
            }
            int level = rule.raiseToLevel() > 0 ? ledger.raiseLevel(ticketId, rule.raiseToLevel())
                    : ledger.level(ticketId);
            notification.apply(level).ifPresent(sender);
            return Optional.of(level);
        });
    }

    /** The escalation key itself when it fits a header, else a digest of it. */
    static String idempotencyKey(String escalationKey) {
        String key = "escalation:" + escalationKey;
        return HEADER_SAFE.matcher(key).matches() ? key : "escalation:" + DocumentIds.forKey(escalationKey);
    }

    /**
     * Evaluates every rule for {@code timeline} at {@code now} with the ticket's SLA results at {@code now}.
     *
     * @param timeline   the ticket's events up to {@code now}
     * @param slaResults the ticket's SLA results at {@code now}, e.g. from {@link
     *                   org.itm.operations.sla.SlaEngine#evaluateAll}
     * @param now        the evaluation instant
     * @return the escalations that fired in this call (none that fired before)
     */
    public List<Escalation> evaluate(SlaTimeline timeline, List<SlaResult> slaResults, Instant now) {
        Checks.notNull(timeline, "timeline");
        Checks.notNull(slaResults, "slaResults");
        Checks.notNull(now, "now");
        Optional<Situation> situation = Situation.at(timeline, now);
        if (situation.isEmpty()) {
            return List.of();
        }
        Situation s = situation.get();
        List<Escalation> fired = new ArrayList<>();
        for (EscalationRule rule : rules) {
            if (!rule.priorities().isEmpty() && rule.trigger() != EscalationTrigger.PRIORITY
                    && !rule.priorities().contains(s.priority)) {
                continue;
            }
            Due due = due(rule, timeline, s, slaResults, now);
            if (due == null) {
                continue;
            }
            String key = timeline.ticketId() + "|" + rule.id() + "|" + due.scope;
            Optional<Integer> fired1 = action.fire(rule, timeline.ticketId(), key, due, now,
                    level -> rule.recipients().isEmpty() ? Optional.empty() : Optional.of(Notification.builder()
                            .channel(rule.channel()).recipients(rule.recipients())
                            .subject("Escalation " + rule.id() + " for " + timeline.ticketId())
                            .body(due.reason).severity(rule.severity()).correlationId(timeline.ticketId())
                            .deduplicationKey(key).idempotencyKey(idempotencyKey(key)).attribute("rule", rule.id())
                            .attribute("level", Integer.toString(level)).build()));
            if (fired1.isEmpty()) {
                continue;
            }
            int level = fired1.get();
            boolean notified = !rule.recipients().isEmpty();
            LOG.debug("escalation {} fired for {} ({})", rule.id(), timeline.ticketId(), due.reason);
            fired.add(new Escalation(rule.id(), timeline.ticketId(), key, due.at, now, level, due.reason, notified));
        }
        return fired;
    }

    private static @Nullable Due due(EscalationRule rule, SlaTimeline timeline, Situation s, List<SlaResult> results,
                           Instant now) {
        switch (rule.trigger()) {
            case SLA_ELAPSED -> {
                for (SlaResult r : results) {
                    if (!r.definitionId().equals(rule.slaDefinitionId()) || !r.ticketId().equals(timeline.ticketId())
                            || r.status() == SlaStatus.CANCELLED || r.status() == SlaStatus.ACHIEVED) {
                        continue;
                    }
                    Instant at = reachedAt(r, rule.elapsedFraction(), now);
                    if (at == null) {
                        continue;
                    }
                    return new Due(at, "cycle" + r.cycle(), String.format(Locale.ROOT,
                            "SLA %s reached %.0f %% of its target %s (elapsed %s, status %s)", r.definitionId(),
                            rule.elapsedFraction() * 100, r.target(), r.elapsed(), r.status()));
                }
                return null;
            }
            case STATE_AGE -> {
                if (!s.state.equals(rule.state())) {
                    return null;
                }
                Duration age = Duration.between(s.stateSince, now);
                if (age.compareTo(rule.stateAge()) < 0) {
                    return null;
                }
                return new Due(s.stateSince.plus(rule.stateAge()), "stay@" + s.stateSince,
                        "in state " + s.state + " since " + s.stateSince + " (" + age + " >= " + rule.stateAge() + ")");
            }
            case PRIORITY -> {
                if (!rule.priorities().contains(s.priority)) {
                    return null;
                }
                return new Due(s.prioritySince, "priority@" + s.prioritySince,
                        "priority " + s.priority + " since " + s.prioritySince);
            }
            default -> throw new IllegalStateException("unknown trigger " + rule.trigger());
        }
    }

    /**
     * When {@code r} says {@code fraction} of its target was reached, or null if it has not been: the full target
     * at the breach, a fraction among the SLA's warning thresholds at that crossing (so escalations follow the
     * SLA's own rule for when a target is reached), any other fraction once more than that share of the target
     * has elapsed (due now: the result does not say when, and "more than" cannot fire before the SLA's rule
     * would, whichever convention its target follows).
     */
    private static @Nullable Instant reachedAt(SlaResult r, double fraction, Instant now) {
        if (fraction >= 1) {
            return r.breachedAt().orElse(null);
        }
        for (ThresholdCrossing c : r.thresholdsCrossed()) {
            if (Math.abs(c.fraction() - fraction) < 1e-9) {
                return c.at();
            }
        }
        long amount = Math.max(1, Math.round(r.target().toNanos() * fraction));
        return r.elapsed().toNanos() > amount ? now : null;
    }

    private record Due(Instant at, String scope, String reason) {
    }

    /** Current state and priority at an instant, with since when they have held. */
    private record Situation(String state, Instant stateSince, String priority, Instant prioritySince) {

        static Optional<Situation> at(SlaTimeline t, Instant now) {
            SlaEvent first = t.first();
            if (first.at().isAfter(now)) {
                return Optional.empty();
            }
            String state = first.state();
            Instant stateSince = first.at();
            String priority = first.priority();
            Instant prioritySince = first.at();
            for (SlaEvent e : t.events()) {
                if (e.at().isAfter(now)) {
                    break;
                }
                if (!e.state().equals(state)) {
                    state = e.state();
                    stateSince = e.at();
                }
                if (!e.priority().equals(priority)) {
                    priority = e.priority();
                    prioritySince = e.at();
                }
            }
            return Optional.of(new Situation(state, stateSince, priority, prioritySince));
        }
    }
}
