package org.itm.operations.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.itm.core.notify.Notification;
import org.itm.core.notify.NotificationRouter;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;
import org.itm.operations.sla.ThresholdCrossing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies escalation rules to a ticket at an instant and acts on those that fire: raises the escalation level in
 * the {@link EscalationLedger} and sends a notification through the notification SPI. Call it as often as you
 * like (every minute, on every event): each rule fires once per SLA cycle, per stay in a state, or per period
 * with a matching priority, because the ledger remembers what fired.
 */
public final class EscalationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationEngine.class);

    private final List<EscalationRule> rules;
    private final EscalationLedger ledger;
    private final Consumer<Notification> sender;

    private EscalationEngine(List<EscalationRule> rules, EscalationLedger ledger, Consumer<Notification> sender) {
        this.rules = List.copyOf(Checks.notNull(rules, "rules"));
        this.ledger = Checks.notNull(ledger, "ledger");
        this.sender = Checks.notNull(sender, "sender");
    }

    /** An engine that sends through {@code notifier}. */
    public static EscalationEngine create(List<EscalationRule> rules, EscalationLedger ledger, Notifier notifier) {
        Checks.notNull(notifier, "notifier");
        return new EscalationEngine(rules, ledger, notifier::send);
    }

    /** An engine that sends through {@code router} (its routes, de-duplication and rate limits apply). */
    public static EscalationEngine create(List<EscalationRule> rules, EscalationLedger ledger,
                                          NotificationRouter router) {
        Checks.notNull(router, "router");
        return new EscalationEngine(rules, ledger, router::route);
    }

    /**
     * Evaluates every rule for {@code timeline} at {@code now} with the ticket's SLA results at {@code now}.
     *
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
            if (!ledger.markFired(key)) {
                continue;
            }
            int level = rule.raiseToLevel() > 0 ? ledger.raiseLevel(timeline.ticketId(), rule.raiseToLevel())
                    : ledger.level(timeline.ticketId());
            boolean notified = false;
            if (!rule.recipients().isEmpty()) {
                sender.accept(Notification.builder().channel(rule.channel()).recipients(rule.recipients())
                        .subject("Escalation " + rule.id() + " for " + timeline.ticketId())
                        .body(due.reason).severity(rule.severity()).correlationId(timeline.ticketId())
                        .deduplicationKey(key).attribute("rule", rule.id()).attribute("level", Integer.toString(level))
                        .build());
                notified = true;
            }
            LOG.debug("escalation {} fired for {} ({})", rule.id(), timeline.ticketId(), due.reason);
            fired.add(new Escalation(rule.id(), timeline.ticketId(), key, due.at, now, level, due.reason, notified));
        }
        return fired;
    }

    private static Due due(EscalationRule rule, SlaTimeline timeline, Situation s, List<SlaResult> results,
                           Instant now) {
        switch (rule.trigger()) {
            case SLA_ELAPSED -> {
                for (SlaResult r : results) {
                    if (!r.definitionId().equals(rule.slaDefinitionId()) || !r.ticketId().equals(timeline.ticketId())
                            || r.status() == SlaStatus.CANCELLED || r.status() == SlaStatus.ACHIEVED) {
                        continue;
                    }
                    if (r.elapsedPercent() + 1e-9 < rule.elapsedFraction() * 100) {
                        continue;
                    }
                    Instant at = r.thresholdsCrossed().stream()
                            .filter(c -> Math.abs(c.fraction() - rule.elapsedFraction()) < 1e-9)
                            .map(ThresholdCrossing::at).findFirst()
                            .orElse(rule.elapsedFraction() >= 1 ? r.breachedAt().orElse(now) : now);
                    return new Due(at, "cycle" + r.cycle(), String.format(java.util.Locale.ROOT,
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
