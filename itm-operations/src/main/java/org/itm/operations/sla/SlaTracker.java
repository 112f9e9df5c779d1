package org.itm.operations.sla;

import java.time.Instant;

/**
 * Follows one SLA of one ticket incrementally: feed it the ticket's events as they happen and ask for the result
 * at any instant. Memory is proportional to the number of distinct state periods of the current cycle, not to
 * how often it is asked. Not thread-safe; one tracker per ticket and definition.
 *
 * <p>Feeding a whole timeline and asking once gives exactly what {@link SlaEngine#evaluate} gives.
 *
 * @since 0.1
 */
public interface SlaTracker {

    /**
     * Records that the ticket entered the state of {@code event}.
     *
     * @param event the new state, at or after the last event or advance
     * @throws org.itm.core.ItmValidationException if the event is earlier than the last event or advance
     */
    void apply(SlaEvent event);

    /**
     * Accounts for the time up to {@code t} without a state change (results are identical with or without it);
     * useful to bound the work of a later {@link #resultAt}.
     *
     * @param t an instant at or after the last event or advance
     * @throws org.itm.core.ItmValidationException if {@code t} is earlier than the last event or advance
     */
    void advanceTo(Instant t);

    /**
     * The SLA at {@code t}, which must not be earlier than the last event or advance; does not change the tracker.
     *
     * @param t the evaluation instant
     * @return the result as {@link SlaEngine#evaluate} would give it for the events applied
     * @throws org.itm.core.ItmValidationException if no event was applied yet or {@code t} is too early
     */
    SlaResult resultAt(Instant t);
}
