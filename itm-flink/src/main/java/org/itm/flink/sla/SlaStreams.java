package org.itm.flink.sla;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.itm.core.validation.Checks;
import org.itm.flink.sla.internal.BreachOutboxSink;
import org.itm.flink.sla.internal.SlaProcessFunction;
import org.itm.flink.sla.internal.TicketEventCodec;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.flink.types.ItmTypes;
import org.itm.operations.sla.SlaResult;

/**
 * SLAs on a stream of ticket events: the events are keyed by ticket, each ticket's timeline is kept in Flink's
 * managed state (checkpointed with the job), and every event yields the {@link SlaResult} of each applicable
 * definition at the event's instant, exactly what {@link org.itm.operations.sla.SlaEngine#evaluateAll} gives for
 * the timeline so far at that instant.
 *
 * <p>Between events, an event-time timer waits at the instant where a running clock will reach its next warning
 * threshold or its target; when the watermark passes it, the results at that instant are emitted, so a breach is
 * announced when it happens, not when the ticket next changes. A priority change, a pause or a stop re-predicts
 * and moves the timer. An event older than the ticket's last event is put in its place in the timeline and
 * evaluated at its own instant; results emitted before it are not retracted.
 *
 * <pre>{@code
 * DataStream<TicketEvent> events = env.fromSource(source, SlaStreams.watermarks(Duration.ofMinutes(1)), "tickets");
 * DataStream<SlaResult> results = SlaStreams.evaluate(events, setup);
 * }</pre>
 *
 * <p>{@link #evaluate(DataStream, SlaSetup)} keeps a ticket's state while the job runs (a closed ticket may
 * reopen). Over an unbounded ticket population use {@link #evaluate(DataStream, SlaSetup, SlaStateRetention)} with
 * {@link SlaStateRetention#untilClocksStop(Duration)}: a ticket's state and timers are removed once its clocks have
 * stopped and the watermark has passed its latest event plus a reopen window, at no cost per event. Flink state TTL
 * ({@link #evaluate(DataStream, SlaSetup, Duration)}) clears a ticket's state after it has been idle for the given
 * time, except while a warning or breach is still due, but makes every state access pay for its bookkeeping.
 *
 * @since 0.1
 */
public final class SlaStreams {

    private SlaStreams() {
    }

    /**
     * The SLA results of {@code events} (timestamps and watermarks already assigned, see {@link #watermarks}).
     * Each ticket's state is kept for as long as the job runs.
     *
     * @param events the ticket events, with event time from each event's instant
     * @param setup the definitions and calendars, rebuilt on each task
     * @return the results of every applicable definition at each event and at each predicted warning and breach,
     *         keyed by ticket; the operator's uid is {@code itm-sla}, so savepoints restore into it
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static SingleOutputStreamOperator<SlaResult> evaluate(DataStream<TicketEvent> events, SlaSetup setup) {
        Checks.notNull(events, "events");
        Checks.notNull(setup, "setup");
        return events.keyBy(TicketEvent::ticketId, Types.STRING)
                .process(new SlaProcessFunction(setup), ItmTypes.slaResult())
                .name("itm-sla")
                .uid("itm-sla");
    }

    /**
     * As {@link #evaluate(DataStream, SlaSetup)}, with each ticket's state (timeline, timer, predictions) under Flink
     * state TTL: it expires {@code idleTtl} of <em>processing</em> time after it was last written (Flink's TTL knows
     * no event time), that is after the ticket's last event or fired timer, and is then never read again (expired
     * state is invisible at once and cleaned up in the background). An open ticket with a warning or breach still
     * predicted is not lost: while a crossing is pending, a processing-time timer rewrites the state every
     * {@code idleTtl / 2}, so it outlives the TTL until the crossing has fired; after that (or for a ticket paused,
     * stopped or closed, which has nothing pending) the TTL runs. An event for a ticket whose state expired starts a
     * new timeline from that event, so choose {@code idleTtl} longer than the longest quiet spell of a ticket that
     * may still change (a paused ticket awaiting the customer, a resolved one that may reopen). Turning TTL on or off
     * changes the state's serializers: restore such a job from a savepoint only with the same setting.
     *
     * @param events the ticket events, with event time from each event's instant
     * @param setup the definitions and calendars, rebuilt on each task
     * @param idleTtl processing time after which an idle ticket's state expires; at least 1 ms, in practice
     *                days or weeks
     * @return the results, as {@link #evaluate(DataStream, SlaSetup)} gives them for tickets whose state is kept
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code idleTtl} is under a millisecond
     */
    public static SingleOutputStreamOperator<SlaResult> evaluate(DataStream<TicketEvent> events, SlaSetup setup,
                                                                 Duration idleTtl) {
        Checks.notNull(events, "events");
        Checks.notNull(setup, "setup");
        Checks.notNull(idleTtl, "idleTtl");
        Checks.require(idleTtl.toMillis() >= 1, "idleTtl", "must be at least 1 ms, was " + idleTtl);
        return evaluate(events, setup, SlaStateRetention.idle(idleTtl));
    }

    /**
     * As {@link #evaluate(DataStream, SlaSetup)}, with each ticket's state kept as {@code retention} says: for
     * instance {@code SlaStateRetention.untilClocksStop(Duration.ofDays(14))} forgets a ticket 14 days (of event
     * time) after its latest event once all its clocks have stopped, so state holds the open tickets and the
     * recently closed ones; an event for a ticket after that starts a new timeline (see {@link SlaStateRetention}).
     *
     * @param events the ticket events, with event time from each event's instant
     * @param setup the definitions and calendars, rebuilt on each task
     * @param retention how long a ticket's state is kept
     * @return the results, as {@link #evaluate(DataStream, SlaSetup)} gives them for tickets whose state is kept
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static SingleOutputStreamOperator<SlaResult> evaluate(DataStream<TicketEvent> events, SlaSetup setup,
                                                                 SlaStateRetention retention) {
        Checks.notNull(events, "events");
        Checks.notNull(setup, "setup");
        Checks.notNull(retention, "retention");
        long ttl = retention.idleTtl().map(SlaStreams::saturatedMillis).orElse(0L);
        long window = retention.reopenWindow().map(SlaStreams::saturatedMillis).orElse(-1L);
        return events.keyBy(TicketEvent::ticketId, Types.STRING)
                .process(new SlaProcessFunction(setup, ttl, window), ItmTypes.slaResult())
                .name("itm-sla")
                .uid("itm-sla");
    }

    private static long saturatedMillis(Duration d) {
        return d.compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toMillis();
    }

    /**
     * Event time from {@link TicketEvent#event()}'s instant, with watermarks trailing the largest instant seen by
     * {@code outOfOrderness}. Pass it to {@code env.fromSource(...)} or {@code assignTimestampsAndWatermarks}.
     *
     * @param outOfOrderness how late an event may arrive behind the latest one and still be on time; zero or more.
     *                       A breach is announced this much after it happens, at the earliest.
     * @return the watermark strategy for ticket events
     * @throws org.itm.core.ItmValidationException if {@code outOfOrderness} is negative
     */
    public static WatermarkStrategy<TicketEvent> watermarks(Duration outOfOrderness) {
        Checks.notNegative(outOfOrderness, "outOfOrderness");
        return WatermarkStrategy.<TicketEvent>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner((e, previous) -> e.event().at().toEpochMilli());
    }

    /**
     * A sink that records each breach once in {@code outbox} as a pending notification: at-least-once delivery
     * of results by Flink (replays after a failure) becomes exactly-once recording, because the entry's id is the
     * breach's {@link #breachKey idempotency key}. Results that are not breaches are ignored.
     *
     * <pre>{@code
     * SlaStreams.evaluate(events, setup).sinkTo(SlaStreams.breachSink(outbox)).name("breach-outbox");
     * }</pre>
     *
     * <p>Enable checkpointing in the job: a restore then replays results since the last checkpoint, which the sink
     * recognises by their keys.
     *
     * @param outbox the store and the notification of each breach, rebuilt on each task
     * @return a sink for {@code SlaResult}s that records breaches and ignores other results
     * @throws org.itm.core.ItmValidationException if {@code outbox} is null
     */
    public static Sink<SlaResult> breachSink(BreachOutbox outbox) {
        Checks.notNull(outbox, "outbox");
        return new BreachOutboxSink(outbox);
    }

    /**
     * The idempotency key of a breach: one per ticket, definition and clock cycle, e.g.
     * {@code sla-breach|INC-7|resolution-p1|1}. Use it to announce each breach once downstream, as a breached
     * SLA stays breached on every later result of its ticket.
     *
     * @param breach an SLA result (normally one whose status is {@code BREACHED})
     * @return {@code sla-breach|<ticket>|<definition>|<cycle>}
     * @throws org.itm.core.ItmValidationException if {@code breach} is null
     */
    public static String breachKey(SlaResult breach) {
        Checks.notNull(breach, "breach");
        return "sla-breach|" + breach.ticketId() + "|" + breach.definitionId() + "|" + breach.cycle();
    }

    /**
     * Flink type information of {@link TicketEvent}, so that ticket events are not serialized with Kryo.
     *
     * @return the type information to pass to sources ({@code env.fromData(events, type)}) and
     *         {@code returns(...)}
     */
    public static TypeInformation<TicketEvent> ticketEventType() {
        return CodecTypeInfo.of(TicketEvent.class, new TicketEventCodec());
    }
}
