package org.itm.flink.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.itm.core.time.BusinessCalendar;
import org.itm.flink.sla.SlaSetup;
import org.itm.flink.sla.TicketEvent;
import org.itm.flink.types.ItmTypes;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;

/**
 * Holds one ticket's timeline in keyed state, evaluates every definition through {@link SlaEngine} on each event,
 * and keeps one event-time timer at the earliest instant where a running clock reaches its next warning threshold
 * or its target, so that the crossing is announced when the watermark passes it, without a further event.
 *
 * <p>Evaluating at the timer is the same pure function as on an event: the engine at that instant over the
 * timeline so far. A new event (a priority change, a pause, a stop) re-evaluates and replaces the timer, so a
 * prediction made obsolete by the event never fires. Timers are whole milliseconds: each is set at the first
 * millisecond at or after the predicted instant, and the evaluation happens at that millisecond.
 */
public final class SlaProcessFunction extends KeyedProcessFunction<String, TicketEvent, SlaResult> {

    private static final long serialVersionUID = 1L;

    private final SlaSetup setup;
    /** Processing-time milliseconds an idle ticket's state is kept; 0 keeps it while the job runs. */
    private final long idleTtlMillis;
    private transient SlaEngine engine;
    private transient List<SlaDefinition> definitions;
    private transient ValueState<SlaTimeline> timeline;
    private transient ValueState<Long> timer;
    /** Per definition (by index), the millisecond of its next predicted crossing; absent when none is. */
    private transient ValueState<long[]> due;
    /** The processing-time instant of the pending keep-alive timer, when state TTL is on and a crossing is due. */
    private transient ValueState<Long> keepAlive;

    public SlaProcessFunction(SlaSetup setup) {
        this(setup, 0);
    }

    /**
     * With {@code idleTtlMillis > 0}, each ticket's state expires that many milliseconds of processing time after it
     * was last written (an event, a fired timer), except while a crossing is pending: a processing-time keep-alive
     * timer then rewrites it every half TTL, so an open ticket is not lost before its breach fires.
     */
    public SlaProcessFunction(SlaSetup setup, long idleTtlMillis) {
        this.setup = setup;
        this.idleTtlMillis = idleTtlMillis;
    }

    private <T> ValueStateDescriptor<T> withTtl(ValueStateDescriptor<T> d) {
        if (idleTtlMillis > 0) {
            d.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofMillis(idleTtlMillis))
                    .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                    .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                    .build());
        }
        return d;
    }

    @Override
    public void open(OpenContext openContext) {
        definitions = List.copyOf(setup.definitions());
        engine = SlaEngine.create(setup.calendars());
        timeline = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>("itm-sla-timeline",
                ItmTypes.slaTimeline())));
        timer = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>("itm-sla-timer", Types.LONG)));
        due = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>("itm-sla-due",
                PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)));
        keepAlive = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>("itm-sla-keep-alive",
                Types.LONG)));
    }

    @Override
    public void processElement(TicketEvent e, Context ctx, Collector<SlaResult> out) throws Exception {
        SlaTimeline known = timeline.value();
        if (known == null) {
            // a ticket seen for the first time, or whose state expired: nothing of it may linger
            clearAll(ctx);
        }
        SlaTimeline next = known == null
                ? new SlaTimeline(e.ticketId(), e.attributes(), List.of(e.event()))
                : with(known, e);
        timeline.update(next);
        evaluate(next, e.event().at(), Long.MAX_VALUE, ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SlaResult> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            keepAliveFired(timestamp, ctx);
            return;
        }
        Long pending = timer.value();
        if (pending == null || pending != timestamp) {
            return;
        }
        timer.clear();
        SlaTimeline known = timeline.value();
        if (known != null) {
            evaluate(known, Instant.ofEpochMilli(timestamp), timestamp, ctx, out);
        }
    }

    /** While a crossing is pending, rewrites the ticket's state so that its TTL starts again, and waits again. */
    private void keepAliveFired(long timestamp, OnTimerContext ctx) throws Exception {
        Long expected = keepAlive.value();
        if (expected == null || expected != timestamp) {
            return;
        }
        keepAlive.clear();
        SlaTimeline known = timeline.value();
        long[] pendingDue = due.value();
        Long pending = timer.value();
        if (known == null || pendingDue == null || pending == null) {
            return;
        }
        timeline.update(known);
        due.update(pendingDue);
        timer.update(pending);
        scheduleKeepAlive(ctx);
    }

    private void scheduleKeepAlive(Context ctx) throws Exception {
        if (idleTtlMillis <= 0 || keepAlive.value() != null) {
            return;
        }
        long at = ctx.timerService().currentProcessingTime() + Math.max(1, idleTtlMillis / 2);
        ctx.timerService().registerProcessingTimeTimer(at);
        keepAlive.update(at);
    }

    /** Forgets whatever is left of an expired ticket (its timers included). */
    private void clearAll(Context ctx) throws Exception {
        Long pending = timer.value();
        if (pending != null) {
            ctx.timerService().deleteEventTimeTimer(pending);
        }
        Long alive = keepAlive.value();
        if (alive != null) {
            ctx.timerService().deleteProcessingTimeTimer(alive);
        }
        timer.clear();
        due.clear();
        keepAlive.clear();
    }

    /**
     * {@code known} with the event added after every event at or before its instant: an event arriving out of
     * order takes its place in time, as the batch engine would see the timeline.
     */
    private static SlaTimeline with(SlaTimeline known, TicketEvent e) {
        List<SlaEvent> events = new ArrayList<>(known.events().size() + 1);
        events.addAll(known.events());
        int i = events.size();
        while (i > 0 && events.get(i - 1).at().isAfter(e.event().at())) {
            i--;
        }
        events.add(i, e.event());
        Map<String, String> attributes = e.attributes().isEmpty() ? known.attributes() : e.attributes();
        return new SlaTimeline(known.ticketId(), attributes, events);
    }

    /**
     * Evaluates every definition at {@code at} and emits the results: all of them on an event
     * ({@code timerMillis} is {@link Long#MAX_VALUE}), on a timer only those whose predicted crossing was due by
     * then, so that a timer announces crossings rather than repeating unchanged results.
     */
    private void evaluate(SlaTimeline t, Instant at, long timerMillis, Context ctx, Collector<SlaResult> out)
            throws Exception {
        // an event older than the opening one cannot be evaluated on its own instant: use the opening
        Instant when = at.isBefore(t.first().at()) ? t.first().at() : at;
        List<SlaResult> results = engine.evaluateAll(definitions, t, when);
        long[] previous = due.value();
        long[] next = new long[definitions.size()];
        Arrays.fill(next, Long.MAX_VALUE);
        long earliest = Long.MAX_VALUE;
        for (SlaResult r : results) {
            int k = indexOf(r.definitionId());
            if (timerMillis == Long.MAX_VALUE || (previous != null && previous[k] <= timerMillis)) {
                out.collect(r);
            }
            next[k] = nextCrossingMillis(r, definitions.get(k));
            earliest = Math.min(earliest, next[k]);
        }
        if (earliest == Long.MAX_VALUE) {
            due.clear();
        } else {
            due.update(next);
        }
        Long pending = timer.value();
        if (pending != null && pending != earliest) {
            ctx.timerService().deleteEventTimeTimer(pending);
            timer.clear();
        }
        if (earliest != Long.MAX_VALUE && (pending == null || pending != earliest)) {
            ctx.timerService().registerEventTimeTimer(earliest);
            timer.update(earliest);
        }
        if (earliest != Long.MAX_VALUE) {
            scheduleKeepAlive(ctx);
        }
    }

    /**
     * The first millisecond at or after the instant where the running clock of {@code r} reaches its next warning
     * threshold or its target, computed as the engine does (threshold amount {@code max(1, round(target × f))}
     * nanos of business time); {@link Long#MAX_VALUE} if the clock is not running.
     */
    private long nextCrossingMillis(SlaResult r, SlaDefinition d) {
        if (r.status() != SlaStatus.IN_PROGRESS || r.predictedBreachAt().isEmpty()) {
            return Long.MAX_VALUE;
        }
        Instant next = r.predictedBreachAt().get();
        long target = r.target().toNanos();
        long elapsed = r.elapsed().toNanos();
        for (double f : d.warningThresholds()) {
            long amount = Math.max(1, Math.round(target * f));
            if (elapsed < amount && amount < target) {
                BusinessCalendar calendar = setup.calendars().find(d.calendar()).orElseThrow();
                next = calendar.addWorkingNanos(r.evaluatedAt(), amount - elapsed);
                break;
            }
        }
        return ceilMillis(next);
    }

    private int indexOf(String id) {
        for (int k = 0; k < definitions.size(); k++) {
            if (definitions.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new IllegalStateException("result of an unknown definition " + id);
    }

    static long ceilMillis(Instant t) {
        long ms = t.toEpochMilli();
        return Instant.ofEpochMilli(ms).isBefore(t) ? ms + 1 : ms;
    }

}
