package org.itm.flink.sla.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
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
    private transient SlaEngine engine;
    private transient List<SlaDefinition> definitions;
    private transient ValueState<SlaTimeline> timeline;
    private transient ValueState<Long> timer;
    /** Per definition (by index), the millisecond of its next predicted crossing; absent when none is. */
    private transient ValueState<long[]> due;

    public SlaProcessFunction(SlaSetup setup) {
        this.setup = setup;
    }

    @Override
    public void open(OpenContext openContext) {
        definitions = List.copyOf(setup.definitions());
        engine = SlaEngine.create(setup.calendars());
        timeline = getRuntimeContext().getState(new ValueStateDescriptor<>("itm-sla-timeline",
                ItmTypes.slaTimeline()));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("itm-sla-timer", Types.LONG));
        due = getRuntimeContext().getState(new ValueStateDescriptor<>("itm-sla-due",
                PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    }

    @Override
    public void processElement(TicketEvent e, Context ctx, Collector<SlaResult> out) throws Exception {
        SlaTimeline known = timeline.value();
        SlaTimeline next = known == null
                ? new SlaTimeline(e.ticketId(), e.attributes(), List.of(e.event()))
                : with(known, e);
        timeline.update(next);
        evaluate(next, e.event().at(), Long.MAX_VALUE, ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SlaResult> out) throws Exception {
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
