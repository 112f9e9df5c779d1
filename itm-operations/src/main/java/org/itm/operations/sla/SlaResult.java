package org.itm.operations.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.internal.ClockShareList;
import org.itm.operations.sla.internal.CrossingList;

/**
 * The state of one SLA for one ticket at one instant, with the reasons: which state holds the clock now, in
 * which state the target was exceeded, and where the business time went.
 *
 * @param definitionId      the SLA definition
 * @param ticketId          the ticket
 * @param metric            response or resolution
 * @param evaluatedAt       the evaluation instant
 * @param cycle             1 for the first clock; higher after a reset or a reopen with a new cycle
 * @param status            in progress, paused, achieved, breached or cancelled
 * @param priority          the priority whose target applies
 * @param target            target in business time (business-day targets converted, see {@link BusinessDayConvention})
 * @param clockStartedAt    first working instant at or after the start of the cycle
 * @param elapsed           business time the clock ran
 * @param remaining         target minus elapsed, never negative
 * @param elapsedPercent    elapsed as a percentage of the target (above 100 when breached)
 * @param paused            business time the clock was paused
 * @param stoppedAt         when the clock stopped, if it has
 * @param breachedAt        the instant the target was reached (see {@link SlaStatus}), if it was
 * @param predictedBreachAt when the target will be reached if nothing changes; empty unless in progress
 * @param thresholdsCrossed warning thresholds reached, in order
 * @param clockHeldBy       the state (and reason) the ticket is in at {@code evaluatedAt}, e.g. {@code
 *                          ON_HOLD/AWAITING_CUSTOMER}
 * @param clockMode         what that state does to the clock
 * @param breachState       the state the ticket was in when the target was reached
 * @param shares            business time per state of the current cycle
 * @since 0.1
 */
public record SlaResult(String definitionId, String ticketId, SlaMetric metric, Instant evaluatedAt, int cycle,
                        SlaStatus status, String priority, Duration target, Instant clockStartedAt,
                        Duration elapsed, Duration remaining, double elapsedPercent, Duration paused,
                        Optional<Instant> stoppedAt, Optional<Instant> breachedAt,
                        Optional<Instant> predictedBreachAt, List<ThresholdCrossing> thresholdsCrossed,
                        String clockHeldBy, ClockMode clockMode, Optional<String> breachState,
                        List<ClockShare> shares) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param definitionId      the SLA definition
     * @param ticketId          the ticket
     * @param metric            response or resolution
     * @param evaluatedAt       the evaluation instant
     * @param cycle             1 for the first clock; higher after a reset or a reopen with a new cycle
     * @param status            in progress, paused, achieved, breached or cancelled
     * @param priority          the priority whose target applies
     * @param target            target in business time (business-day targets converted, see {@link
     *                          BusinessDayConvention})
     * @param clockStartedAt    first working instant at or after the start of the cycle
     * @param elapsed           business time the clock ran
     * @param remaining         target minus elapsed, never negative
     * @param elapsedPercent    elapsed as a percentage of the target (above 100 when breached)
     * @param paused            business time the clock was paused
     * @param stoppedAt         when the clock stopped, if it has
     * @param breachedAt        the instant the target was reached (see {@link SlaStatus}), if it was
     * @param predictedBreachAt when the target will be reached if nothing changes; empty unless in progress
     * @param thresholdsCrossed warning thresholds reached, in order
     * @param clockHeldBy       the state (and reason) the ticket is in at {@code evaluatedAt}, e.g. {@code
     *                          ON_HOLD/AWAITING_CUSTOMER}
     * @param clockMode         what that state does to the clock
     * @param breachState       the state the ticket was in when the target was reached
     * @param shares            business time per state of the current cycle
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public SlaResult {
        Checks.notBlank(definitionId, "definitionId");
        Checks.notBlank(ticketId, "ticketId");
        Checks.notNull(metric, "metric");
        Checks.notNull(evaluatedAt, "evaluatedAt");
        Checks.positive(cycle, "cycle");
        Checks.notNull(status, "status");
        Checks.notBlank(priority, "priority");
        Checks.positive(target, "target");
        Checks.notNull(clockStartedAt, "clockStartedAt");
        Checks.notNegative(elapsed, "elapsed");
        Checks.notNegative(remaining, "remaining");
        Checks.notNegative(paused, "paused");
        Checks.notNull(stoppedAt, "stoppedAt");
        Checks.notNull(breachedAt, "breachedAt");
        Checks.notNull(predictedBreachAt, "predictedBreachAt");
        // the engine's own compact list is immutable already; anything else is copied
        thresholdsCrossed = thresholdsCrossed instanceof CrossingList ? thresholdsCrossed
                : List.copyOf(thresholdsCrossed);
        Checks.notBlank(clockHeldBy, "clockHeldBy");
        Checks.notNull(clockMode, "clockMode");
        Checks.notNull(breachState, "breachState");
        // the engine's own lazily built list is immutable already; anything else is copied
        shares = shares instanceof ClockShareList ? shares : List.copyOf(shares);
    }

    /**
     * Whether the target was met: the clock stopped strictly before it was reached.
     *
     * @return true when the status is {@link SlaStatus#ACHIEVED}
     */
    public boolean isMet() {
        return status == SlaStatus.ACHIEVED;
    }

    /**
     * One sentence for people.
     *
     * @return e.g. {@code BREACHED at 2026-03-27T16:00:00Z while IN_PROGRESS; elapsed PT11H of PT8H}, prefixed with
     *         the definition id
     */
    public String explanation() {
        StringBuilder sb = new StringBuilder();
        sb.append(definitionId).append(' ').append(status);
        breachedAt.ifPresent(b -> sb.append(" at ").append(b));
        breachState.ifPresent(s -> sb.append(" while ").append(s));
        sb.append("; elapsed ").append(elapsed).append(" of ").append(target).append(" (")
                .append(Math.round(elapsedPercent)).append(" %), paused ").append(paused)
                .append("; clock held by ").append(clockHeldBy).append(" (").append(clockMode).append(')');
        predictedBreachAt.ifPresent(p -> sb.append("; breach predicted at ").append(p));
        return sb.toString();
    }
}
