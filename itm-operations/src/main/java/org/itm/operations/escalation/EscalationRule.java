package org.itm.operations.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * When to escalate and what to do: notify recipients through a channel and/or raise the ticket's escalation
 * level. Create with {@link #slaElapsed}, {@link #stateAge} or {@link #priority}, then refine with the
 * {@code with…} methods.
 *
 * @param id              stable identifier (part of the idempotency key)
 * @param trigger         what makes it fire
 * @param slaDefinitionId for SLA_ELAPSED: the SLA watched; empty otherwise
 * @param elapsedFraction for SLA_ELAPSED: the share of the target, in (0, 1]; 0 otherwise
 * @param state           for STATE_AGE: the state watched; empty otherwise
 * @param stateAge        for STATE_AGE: how long in that state; zero otherwise
 * @param priorities      the rule only applies to these priorities (empty: all); for PRIORITY the priorities that fire
 * @param raiseToLevel    escalation level to raise the ticket to (0: leave as is)
 * @param channel         notification channel, e.g. {@code email}
 * @param recipients          recipients (people or groups); empty: no notification
 * @param severity        severity of the notification
 * @since 0.1
 */
public record EscalationRule(String id, EscalationTrigger trigger, String slaDefinitionId, double elapsedFraction,
                             String state, Duration stateAge, Set<String> priorities, int raiseToLevel,
                             String channel, List<String> recipients, Severity severity) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param id              stable identifier (part of the idempotency key)
     * @param trigger         what makes it fire
     * @param slaDefinitionId for SLA_ELAPSED: the SLA watched; empty otherwise
     * @param elapsedFraction for SLA_ELAPSED: the share of the target, in (0, 1]; 0 otherwise
     * @param state           for STATE_AGE: the state watched; empty otherwise
     * @param stateAge        for STATE_AGE: how long in that state; zero otherwise
     * @param priorities      the rule only applies to these priorities (empty: all); for PRIORITY the priorities that
     *                        fire
     * @param raiseToLevel    escalation level to raise the ticket to (0: leave as is)
     * @param channel         notification channel, e.g. {@code email}
     * @param recipients      recipients (people or groups); empty: no notification
     * @param severity        severity of the notification
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public EscalationRule {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(trigger != null, "trigger", "must not be null");
        v.require(slaDefinitionId != null && state != null && stateAge != null && priorities != null
                && channel != null && recipients != null && severity != null, "rule", "no field may be null");
        v.require(raiseToLevel >= 0, "raiseToLevel", "must not be negative");
        v.throwIfAny();
        switch (trigger) {
            case SLA_ELAPSED -> {
                v.require(!slaDefinitionId.isBlank(), "slaDefinitionId", "must name the SLA watched");
                v.require(elapsedFraction > 0 && elapsedFraction <= 1, "elapsedFraction",
                        "must be in (0, 1], was " + elapsedFraction);
            }
            case STATE_AGE -> {
                v.require(!state.isBlank(), "state", "must name the state watched");
                v.require(stateAge.compareTo(Duration.ZERO) > 0, "stateAge", "must be positive");
            }
            case PRIORITY -> v.require(!priorities.isEmpty(), "priorities", "must name the priorities that fire");
        }
        v.require(raiseToLevel > 0 || !recipients.isEmpty(), "recipients", "a rule must notify someone or raise the level");
        v.require(recipients.isEmpty() || !channel.isBlank(), "channel", "must be set when notifying");
        v.throwIfAny();
        priorities = Set.copyOf(priorities);
        recipients = List.copyOf(recipients);
    }

    /**
     * Fires once per SLA cycle when {@code fraction} of SLA {@code slaDefinitionId}'s target has elapsed.
     *
     * @param id              the rule id
     * @param slaDefinitionId the SLA definition watched; not blank
     * @param fraction        the share of the target, above 0 and at most 1 (e.g. 0.75)
     * @return a rule raising to level 1 and notifying nobody; add recipients with {@link #withNotify}
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code slaDefinitionId} or {@code elapsedFraction}
     */
    public static EscalationRule slaElapsed(String id, String slaDefinitionId, double fraction) {
        return new EscalationRule(id, EscalationTrigger.SLA_ELAPSED, slaDefinitionId, fraction, "", Duration.ZERO,
                Set.of(), 1, "", List.of(), Severity.WARNING);
    }

    /**
     * Fires once per stay when the ticket has been in {@code state} for {@code age}.
     *
     * @param id    the rule id
     * @param state the state watched, e.g. {@code ON_HOLD}; not blank
     * @param age   how long the ticket must have stayed; positive
     * @return a rule raising to level 1 and notifying nobody
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code state} or {@code stateAge}
     */
    public static EscalationRule stateAge(String id, String state, Duration age) {
        return new EscalationRule(id, EscalationTrigger.STATE_AGE, "", 0, state, age, Set.of(), 1, "", List.of(),
                Severity.WARNING);
    }

    /**
     * Fires once whenever the ticket takes one of {@code priorities}.
     *
     * @param id         the rule id
     * @param priorities the priorities that fire, e.g. {@code P1}; at least one
     * @return a rule raising to level 1 with severity MAJOR
     * @throws org.itm.core.ItmValidationException naming {@code priorities} when none is given, or {@code id}
     */
    public static EscalationRule priority(String id, String... priorities) {
        if (priorities.length == 0) {
            throw new ItmValidationException("priorities", "must name the priorities that fire");
        }
        return new EscalationRule(id, EscalationTrigger.PRIORITY, "", 0, "", Duration.ZERO, Set.of(priorities), 1,
                "", List.of(), Severity.MAJOR);
    }

    /**
     * This rule notifying {@code to} through {@code newChannel}.
     *
     * @param newChannel the notification channel, e.g. {@code email}; not blank when {@code to} is not empty
     * @param to         the recipients; replace the current ones
     * @return a copy notifying them
     * @throws org.itm.core.ItmValidationException naming {@code channel}
     */
    public EscalationRule withNotify(String newChannel, String... to) {
        return new EscalationRule(id, trigger, slaDefinitionId, elapsedFraction, state, stateAge, priorities,
                raiseToLevel, newChannel, List.of(to), severity);
    }

    /**
     * This rule raising the escalation level to {@code level} (0: not at all).
     *
     * @param level 0 or more
     * @return a copy with that level
     * @throws org.itm.core.ItmValidationException naming {@code raiseToLevel} when negative, or {@code recipients} when
     *                                             the rule would then do nothing
     */
    public EscalationRule withLevel(int level) {
        return new EscalationRule(id, trigger, slaDefinitionId, elapsedFraction, state, stateAge, priorities, level,
                channel, recipients, severity);
    }

    /**
     * This rule limited to tickets of {@code only} priorities.
     *
     * @param only the priorities; none for all
     * @return a copy limited to them
     */
    public EscalationRule forPriorities(String... only) {
        return new EscalationRule(id, trigger, slaDefinitionId, elapsedFraction, state, stateAge, Set.of(only),
                raiseToLevel, channel, recipients, severity);
    }

    /**
     * This rule notifying with {@code s}.
     *
     * @param s the severity of the notifications
     * @return a copy with that severity
     */
    public EscalationRule withSeverity(Severity s) {
        return new EscalationRule(id, trigger, slaDefinitionId, elapsedFraction, state, stateAge, priorities,
                raiseToLevel, channel, recipients, s);
    }
}
