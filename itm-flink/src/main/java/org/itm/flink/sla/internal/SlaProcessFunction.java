package org.itm.flink.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.ClockMode;
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
    /**
     * Event-time milliseconds after its latest event that a ticket whose clocks all stopped keeps its state; negative
     * never clears it that way.
     */
    private final long reopenWindowMillis;
    private transient SlaEngine engine;
    private transient List<SlaDefinition> definitions;
    /**
     * Per definition (by index), its calendar, looked up once per task: a setup may build its calendars anew on each
     * call, and a fresh calendar recomputes its tables of working periods on first use.
     */
    private transient BusinessCalendar[] calendars;
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
        this(setup, idleTtlMillis, -1);
    }

    /**
     * As {@link #SlaProcessFunction(SlaSetup, long)}; with {@code reopenWindowMillis >= 0}, a ticket whose clocks all
     * stopped or were cancelled, with no crossing pending, is forgotten (state and timers) when the watermark passes
     * its latest event plus that many milliseconds; an event for it after that starts a new timeline.
     */
    public SlaProcessFunction(SlaSetup setup, long idleTtlMillis, long reopenWindowMillis) {
        this.setup = setup;
        this.idleTtlMillis = idleTtlMillis;
        this.reopenWindowMillis = reopenWindowMillis;
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
        CalendarLookup lookup = setup.calendars();
        engine = SlaEngine.create(lookup);
        calendars = new BusinessCalendar[definitions.size()];
        for (int k = 0; k < calendars.length; k++) {
            // a missing calendar stays absent here and fails where it is needed, as the engine's own look-up does
            calendars[k] = lookup.find(definitions.get(k).calendar()).orElse(null);
        }
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
        if (known == null && idleTtlMillis > 0) {
            // a ticket whose timeline expired under TTL: nothing of it may linger (without TTL, the state of a
            // ticket is only ever removed whole, so a ticket without a timeline has nothing else either)
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
        if (reopenWindowMillis >= 0 && due.value() == null) {
            // nothing was predicted: the timer is the clearing of a ticket whose clocks stopped (see evaluate)
            forget(ctx);
            return;
        }
        SlaTimeline known = timeline.value();
        if (known != null) {
            evaluate(known, Instant.ofEpochMilli(timestamp), timestamp, ctx, out);
        }
    }

    /** Removes all of the current ticket's state and its pending keep-alive timer. */
    private void forget(Context ctx) throws Exception {
        clearAll(ctx);
        timeline.clear();
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
        // on an event every result is emitted, so the previous predictions are only needed at a timer
        long[] previous = timerMillis == Long.MAX_VALUE ? null : due.value();
        long[] next = new long[definitions.size()];
        Arrays.fill(next, Long.MAX_VALUE);
        long earliest = Long.MAX_VALUE;
        boolean stopped = !results.isEmpty();
        for (SlaResult r : results) {
            int k = indexOf(r.definitionId());
            if (timerMillis == Long.MAX_VALUE || (previous != null && previous[k] <= timerMillis)) {
                out.collect(r);
            }
            next[k] = nextCrossingMillis(r, definitions.get(k), calendars[k]);
            earliest = Math.min(earliest, next[k]);
            stopped &= clockEnded(r);
        }
        if (earliest == Long.MAX_VALUE) {
            due.clear();
        } else {
            due.update(next);
        }
        // the one event-time timer of the ticket: its next crossing, or else its clearing once its clocks stopped
        long wake = earliest;
        if (earliest == Long.MAX_VALUE && reopenWindowMillis >= 0 && stoppedAtLatest(t, when, stopped)) {
            wake = saturatedAdd(latestAt(t).toEpochMilli(), reopenWindowMillis);
        }
        Long pending = timer.value();
        if (pending != null && pending != wake) {
            ctx.timerService().deleteEventTimeTimer(pending);
            timer.clear();
        }
        if (wake != Long.MAX_VALUE && (pending == null || pending != wake)) {
            ctx.timerService().registerEventTimeTimer(wake);
            timer.update(wake);
        }
        if (earliest != Long.MAX_VALUE) {
            scheduleKeepAlive(ctx);
        }
    }

    private static boolean clockEnded(SlaResult r) {
        return r.clockMode() == ClockMode.STOPPED || r.clockMode() == ClockMode.CANCELLED;
    }

    /**
     * Whether every clock has ended as of the timeline's latest event: {@code stoppedAtWhen} tells it for the
     * evaluation instant; an event that arrived out of order is evaluated at its own, earlier instant, so the
     * timeline's end is evaluated for the question.
     */
    private boolean stoppedAtLatest(SlaTimeline t, Instant when, boolean stoppedAtWhen) {
        Instant latest = latestAt(t);
        if (!when.isBefore(latest)) {
            return stoppedAtWhen;
        }
        List<SlaResult> atLatest = engine.evaluateAll(definitions, t, latest);
        return !atLatest.isEmpty() && atLatest.stream().allMatch(SlaProcessFunction::clockEnded)
                && atLatest.stream().allMatch(r -> r.predictedBreachAt().isEmpty());
    }

    private static Instant latestAt(SlaTimeline t) {
        return t.events().get(t.events().size() - 1).at();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /**
     * The first millisecond at or after the instant where the running clock of {@code r} reaches its next warning
     * threshold or its target, computed as the engine does (threshold amount {@code max(1, round(target × f))}
     * nanos of business time); {@link Long#MAX_VALUE} if the clock is not running.
     */
    private static long nextCrossingMillis(SlaResult r, SlaDefinition d, BusinessCalendar calendar) {
        if (r.status() != SlaStatus.IN_PROGRESS || r.predictedBreachAt().isEmpty()) {
            return Long.MAX_VALUE;
        }
        Instant next = r.predictedBreachAt().get();
        long target = r.target().toNanos();
        long elapsed = r.elapsed().toNanos();
        for (double f : d.warningThresholds()) {
            long amount = Math.max(1, Math.round(target * f));
            if (elapsed < amount && amount < target) {
                if (calendar == null) {
                    throw new NoSuchElementException("no calendar " + d.calendar() + " in the SLA setup's calendars");
                }
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
