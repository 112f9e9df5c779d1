package org.itm.flink.sla;

import java.time.Duration;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * How long the SLA job keeps a ticket's state (its timeline, its pending timer and predictions): for as long as the
 * job runs, until a while after its clocks stopped, under an idle time-to-live, or the last two together.
 *
 * <p>{@link #untilClocksStop(Duration) Clearing after the clocks stop} bounds the state by the tickets still open
 * and costs nothing per event: when every definition's clock of a ticket has stopped or been cancelled (a resolved
 * or closed ticket, for instance) and no warning or breach is pending, an event-time timer is set at the ticket's
 * latest event plus the reopen window; when the watermark passes it, the ticket's state and timers are removed. An
 * event before then (a reopening, a late correction within the watermark's out-of-orderness) cancels the clearing
 * and is evaluated over the whole timeline, as the batch engine would. <strong>Policy for events after the
 * clearing:</strong> the ticket is forgotten, so its next event starts a new timeline from that event, exactly as
 * for a ticket never seen (its results then differ from the batch engine's over the full history: the clock
 * restarts at that event). Choose the window at least as long as a resolved ticket may still be reopened or
 * corrected in the ticketing system. A ticket for which no definition applies, or one that is only paused, is not
 * cleared this way.
 *
 * <p>{@link #idle(Duration) An idle time-to-live} uses Flink state TTL: it also bounds state where tickets never
 * reach a stop state, but every state access then pays Flink's TTL bookkeeping and incremental clean-up, which is a
 * large share of the job's cost per event. Prefer clearing after the clocks stop, and add a TTL
 * ({@link #withIdleTtl(Duration)}) only as a safety net for tickets abandoned while open.
 *
 * <p>Changing the retention of a running job: the clearing timers are ordinary event-time timers, so switching the
 * clearing on or off restores from a savepoint; switching the TTL on or off changes the state's serializers, so
 * restore such a job only with the same TTL setting.
 *
 * @param reopenWindow event time after a ticket's latest event, once all its clocks stopped, after which its state
 *                     is cleared; empty never clears it this way
 * @param idleTtl      processing time after which an idle ticket's state expires under Flink state TTL (except
 *                     while a crossing is pending); empty uses no TTL
 * @since 0.1
 */
public record SlaStateRetention(Optional<Duration> reopenWindow, Optional<Duration> idleTtl) {

    /**
     * A retention policy.
     *
     * @param reopenWindow zero or more, if present
     * @param idleTtl      at least a millisecond, if present
     * @throws org.itm.core.ItmValidationException if an argument is null, {@code reopenWindow} is negative or
     *                                              {@code idleTtl} is under a millisecond
     */
    public SlaStateRetention {
        Checks.notNull(reopenWindow, "reopenWindow");
        Checks.notNull(idleTtl, "idleTtl");
        reopenWindow.ifPresent(w -> Checks.notNegative(w, "reopenWindow"));
        idleTtl.ifPresent(t -> Checks.require(t.toMillis() >= 1, "idleTtl", "must be at least 1 ms, was " + t));
    }

    /**
     * Every ticket's state is kept while the job runs; a closed ticket may reopen at any time. State grows with
     * the number of tickets ever seen.
     *
     * @return the retention of {@link SlaStreams#evaluate(org.apache.flink.streaming.api.datastream.DataStream,
     *         SlaSetup)}
     */
    public static SlaStateRetention keepAll() {
        return new SlaStateRetention(Optional.empty(), Optional.empty());
    }

    /**
     * A ticket's state is cleared once all its clocks stopped and the watermark passed its latest event plus
     * {@code reopenWindow}; see the type's description for what happens to an event after that.
     *
     * @param reopenWindow how long, in event time after its latest event, a ticket whose clocks stopped may still
     *                     change and be evaluated over its whole timeline; zero or more
     * @return the retention
     * @throws org.itm.core.ItmValidationException if {@code reopenWindow} is null or negative
     */
    public static SlaStateRetention untilClocksStop(Duration reopenWindow) {
        return new SlaStateRetention(Optional.of(Checks.notNegative(reopenWindow, "reopenWindow")), Optional.empty());
    }

    /**
     * A ticket's state expires {@code idleTtl} of processing time after it was last written, except while a
     * warning or breach is pending; see {@link SlaStreams#evaluate(org.apache.flink.streaming.api.datastream.DataStream,
     * SlaSetup, Duration)}.
     *
     * @param idleTtl at least a millisecond
     * @return the retention
     * @throws org.itm.core.ItmValidationException if {@code idleTtl} is null or under a millisecond
     */
    public static SlaStateRetention idle(Duration idleTtl) {
        return new SlaStateRetention(Optional.empty(), Optional.of(Checks.notNull(idleTtl, "idleTtl")));
    }

    /**
     * This retention with an idle state TTL as well, as a safety net for tickets that never reach a stop state.
     *
     * @param ttl at least a millisecond
     * @return the retention with the TTL
     * @throws org.itm.core.ItmValidationException if {@code ttl} is null or under a millisecond
     */
    public SlaStateRetention withIdleTtl(Duration ttl) {
        return new SlaStateRetention(reopenWindow, Optional.of(Checks.notNull(ttl, "idleTtl")));
    }
}
