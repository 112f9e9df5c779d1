package org.itm.operations.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.TimeInterval;
import org.itm.operations.sla.BusinessDayConvention;
import org.itm.operations.sla.ClockMode;
import org.itm.operations.sla.ClockShare;
import org.itm.operations.sla.PriorityChangePolicy;
import org.itm.operations.sla.ReopenPolicy;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTracker;
import org.itm.operations.sla.ThresholdCrossing;

/**
 * Keeps the periods of the current cycle (merged while the state does not change) and derives every figure of a
 * result from them, so that splitting the timeline at any instant cannot change a result.
 */
public final class DefaultSlaTracker implements SlaTracker {

    /** Longest search for the N-th business day, to fail clearly on a calendar without working days. */
    private static final int MAX_DAYS_SEARCHED = 3700;

    // not final: the engine restarts one tracker for each definition of a batch (see restart)
    private CompiledSla sla;
    private SlaDefinition def;
    private BusinessCalendar calendar;
    private final String ticketId;

    /*
     * The periods of the current cycle as parallel arrays (one entry per period, no object each): the event whose
     * state held the clock, what it did to the clock, where the period starts, and its business time. The last
     * period always ends at the cursor.
     */
    private SlaEvent[] segEvent;
    private ClockMode[] segMode;
    private Instant[] segStart;
    private long[] segNanos;
    private int segCount;
    /** Scratch space of {@link #shares}, kept to spare two arrays per result. */
    private int[] shareKeys;
    private long[] shareTotals;
    /** Scratch space of {@link #resultAt}: threshold amounts and the instants they were reached. */
    private long[] amountScratch;
    private Instant[] foundScratch;
    private SlaEvent current;
    private ClockMode currentMode;
    private int currentFlags;
    private Instant cursor;
    private int cycle;
    private Instant clockStartedAt;
    private String startPriority;
    private String latestPriority;
    private long elapsedNanos;
    private long pausedNanos;
    private Instant stoppedAt;
    private CompiledSla.Target cachedTargetOf;
    private Duration cachedTarget;

    /** The clock start of the first cycle when the caller already knows it, else null. */
    private Instant knownFirstStart;

    /**
     * As the other constructor, with the first working instant at or after the opening already computed and room
     * for {@code expectedEvents} periods. {@link #restart} reuses the tracker for another definition.
     */
    public DefaultSlaTracker(CompiledSla sla, BusinessCalendar calendar, String ticketId, Instant firstClockStart,
                             int expectedEvents) {
        this.sla = sla;
        this.def = sla.definition();
        this.calendar = calendar;
        this.ticketId = ticketId;
        this.knownFirstStart = firstClockStart;
        allocate(Math.max(1, expectedEvents));
    }

    public DefaultSlaTracker(CompiledSla sla, BusinessCalendar calendar, String ticketId) {
        this.sla = sla;
        this.def = sla.definition();
        this.calendar = calendar;
        this.ticketId = ticketId;
        allocate(8);
    }

    /**
     * Forgets everything applied so far and starts over for {@code sla} on {@code calendar}, keeping the arrays,
     * so that one tracker serves every definition evaluated for a timeline.
     */
    public void restart(CompiledSla newSla, BusinessCalendar newCalendar, Instant firstClockStart) {
        this.sla = newSla;
        this.def = newSla.definition();
        this.calendar = newCalendar;
        this.knownFirstStart = firstClockStart;
        segCount = 0;
        current = null;
        currentMode = null;
        currentFlags = 0;
        cursor = null;
        cycle = 0;
        clockStartedAt = null;
        startPriority = null;
        latestPriority = null;
        elapsedNanos = 0;
        pausedNanos = 0;
        stoppedAt = null;
        cachedTargetOf = null;
        cachedTarget = null;
    }

    private void allocate(int capacity) {
        segEvent = new SlaEvent[capacity];
        segMode = new ClockMode[capacity];
        segStart = new Instant[capacity];
        segNanos = new long[capacity];
    }

    private void addSegment(SlaEvent event, ClockMode mode, Instant start, long businessNanos) {
        if (segCount == segEvent.length) {
            int capacity = segCount * 2;
            segEvent = Arrays.copyOf(segEvent, capacity);
            segMode = Arrays.copyOf(segMode, capacity);
            segStart = Arrays.copyOf(segStart, capacity);
            segNanos = Arrays.copyOf(segNanos, capacity);
        }
        segEvent[segCount] = event;
        segMode[segCount] = mode;
        segStart[segCount] = start;
        segNanos[segCount] = businessNanos;
        segCount++;
    }

    @Override
    public void apply(SlaEvent e) {
        apply(e, -1);
    }

    /**
     * As {@link #apply(SlaEvent)}, with the business time since the last event or advance already known
     * ({@code -1} when not), so that several definitions on one calendar measure each period only once.
     */
    public void apply(SlaEvent e, long businessSinceCursor) {
        if (e == null) {
            throw new ItmValidationException("event", "must not be null");
        }
        if (current == null) {
            cycle = 1;
            startCycle(e);
            current = e;
            currentFlags = sla.flags(e.state());
            currentMode = sla.mode(currentFlags, e.reason());
            if (currentMode == ClockMode.STOPPED) {
                stoppedAt = e.at();
            }
            return;
        }
        advanceTo(e.at(), businessSinceCursor);
        int flags = sla.flags(e.state());
        ClockMode mode = sla.mode(flags, e.reason());
        boolean reset = CompiledSla.resets(flags) && !CompiledSla.resets(currentFlags);
        boolean reopenNewCycle = def.reopenPolicy() == ReopenPolicy.NEW_CYCLE && currentMode == ClockMode.STOPPED
                && (mode == ClockMode.RUNNING || mode == ClockMode.PAUSED);
        if (reset || reopenNewCycle) {
            cycle++;
            startCycle(e);
        } else if (e.priority().equals(latestPriority) || sla.target(e.priority()) != null) {
            latestPriority = e.priority();
        }
        if (mode == ClockMode.STOPPED && currentMode != ClockMode.STOPPED) {
            stoppedAt = e.at();
        } else if (mode != ClockMode.STOPPED) {
            stoppedAt = null;
        }
        current = e;
        currentFlags = flags;
        currentMode = mode;
    }

    private void startCycle(SlaEvent e) {
        // only the count matters; stale references are overwritten as the new cycle adds periods
        segCount = 0;
        elapsedNanos = 0;
        pausedNanos = 0;
        stoppedAt = null;
        cursor = e.at();
        clockStartedAt = cycle == 1 && knownFirstStart != null ? knownFirstStart : calendar.nextWorkingInstant(e.at());
        String p = sla.target(e.priority()) != null ? e.priority()
                : latestPriority != null ? latestPriority : sla.firstPriority();
        startPriority = p;
        latestPriority = p;
        cachedTargetOf = null;
    }

    @Override
    public void advanceTo(Instant t) {
        advanceTo(t, -1);
    }

    private void advanceTo(Instant t, long knownBusiness) {
        requireStarted();
        if (t == null) {
            throw new ItmValidationException("t", "must not be null");
        }
        if (t.isBefore(cursor)) {
            throw new ItmValidationException("t", "must not be before the last event or advance (" + cursor
                    + "), was " + t);
        }
        if (t.equals(cursor)) {
            return;
        }
        long business = knownBusiness >= 0 ? knownBusiness : calendar.workingTimeBetween(cursor, t).toNanos();
        if (currentMode == ClockMode.RUNNING) {
            elapsedNanos += business;
        } else if (currentMode == ClockMode.PAUSED) {
            pausedNanos += business;
        }
        int last = segCount - 1;
        // the last period ends at the cursor, so time in the same event extends it
        if (last >= 0 && segEvent[last] == current) {
            segNanos[last] += business;
        } else {
            addSegment(current, currentMode, cursor, business);
        }
        cursor = t;
    }

    @Override
    public SlaResult resultAt(Instant t) {
        return resultAt(t, -1);
    }

    /** As {@link #resultAt(Instant)}, with the business time since the last event or advance known ({@code -1} if not). */
    public SlaResult resultAt(Instant t, long knownTail) {
        requireStarted();
        if (t == null || t.isBefore(cursor)) {
            throw new ItmValidationException("at", "must not be before the last event or advance (" + cursor
                    + "), was " + t);
        }
        long tail = t.equals(cursor) ? 0 : knownTail >= 0 ? knownTail : calendar.workingTimeBetween(cursor, t).toNanos();
        // the period from the last event or advance to t counts as one more (virtual) period, index segCount
        boolean hasTail = !t.equals(cursor);
        long elapsed = elapsedNanos + (currentMode == ClockMode.RUNNING ? tail : 0);
        long paused = pausedNanos + (currentMode == ClockMode.PAUSED ? tail : 0);

        String priority = def.priorityChangePolicy() == PriorityChangePolicy.KEEP_ORIGINAL
                ? startPriority : latestPriority;
        Duration target = targetFor(priority);
        long targetNanos = target.toNanos();

        boolean breached = elapsed > targetNanos || (elapsed == targetNanos && currentMode == ClockMode.RUNNING);
        SlaStatus status;
        if (currentMode == ClockMode.CANCELLED) {
            status = SlaStatus.CANCELLED;
        } else if (breached) {
            status = SlaStatus.BREACHED;
        } else if (currentMode == ClockMode.STOPPED) {
            status = SlaStatus.ACHIEVED;
        } else if (currentMode == ClockMode.PAUSED) {
            status = SlaStatus.PAUSED;
        } else {
            status = SlaStatus.IN_PROGRESS;
        }
        double[] fractions = sla.thresholds();
        if (amountScratch == null || amountScratch.length < fractions.length + 1) {
            amountScratch = new long[fractions.length + 1];
            foundScratch = new Instant[fractions.length + 1];
        }
        long[] amounts = amountScratch;
        int wanted = 0;
        for (double f : fractions) {
            long amount = Math.max(1, Math.round(targetNanos * f));
            if (elapsed >= amount) {
                amounts[wanted++] = amount;
            }
        }
        int thresholdCount = wanted;
        if (breached) {
            amounts[wanted++] = targetNanos;
        }
        Instant[] found = foundScratch;
        Arrays.fill(found, 0, wanted, null);
        SlaEvent lastCrossingEvent = crossings(amounts, wanted, hasTail, tail, found);
        ThresholdCrossing[] crossings = new ThresholdCrossing[thresholdCount];
        int crossedCount = 0;
        for (int k = 0; k < thresholdCount; k++) {
            if (found[k] != null) {
                crossings[crossedCount++] = new ThresholdCrossing(fractions[k], found[k]);
            }
        }
        // List.of yields lists the result's List.copyOf keeps as they are; one or two elements need no array
        List<ThresholdCrossing> crossed = crossedCount == 0 ? List.of()
                : crossedCount == 1 ? List.of(crossings[0])
                : crossedCount == 2 ? List.of(crossings[0], crossings[1])
                : List.of(crossedCount == thresholdCount ? crossings : Arrays.copyOf(crossings, crossedCount));
        Optional<Instant> breachedAt = Optional.empty();
        Optional<String> breachState = Optional.empty();
        if (breached && found[wanted - 1] != null) {
            breachedAt = Optional.of(found[wanted - 1]);
            breachState = Optional.of(label(lastCrossingEvent));
        }
        long remaining = Math.max(0, targetNanos - elapsed);
        Optional<Instant> predicted = status == SlaStatus.IN_PROGRESS
                ? Optional.of(calendar.addWorkingTime(t, Duration.ofNanos(remaining)))
                : Optional.empty();
        return new SlaResult(def.id(), ticketId, def.metric(), t, cycle, status, priority, target, clockStartedAt,
                Duration.ofNanos(elapsed), Duration.ofNanos(remaining), 100.0 * elapsed / targetNanos,
                Duration.ofNanos(paused), Optional.ofNullable(stoppedAt), breachedAt, predicted, crossed,
                label(current), currentMode, breachState, shares(hasTail, tail));
    }

    /**
     * Where the running time first reaches each of {@code amounts[0..n)} (ascending), in one pass, into
     * {@code out}; returns the event of the period where {@code amounts[n - 1]} was reached (null if it was not).
     */
    private SlaEvent crossings(long[] amounts, int n, boolean hasTail, long tail, Instant[] out) {
        int next = 0;
        long acc = 0;
        SlaEvent lastEvent = null;
        int count = segCount + (hasTail ? 1 : 0);
        for (int i = 0; i < count && next < n; i++) {
            boolean isTail = i == segCount;
            if ((isTail ? currentMode : segMode[i]) != ClockMode.RUNNING) {
                continue;
            }
            long nanos = isTail ? tail : segNanos[i];
            Instant start = isTail ? cursor : segStart[i];
            while (next < n && acc < amounts[next] && acc + nanos >= amounts[next]) {
                out[next] = calendar.addWorkingTime(start, Duration.ofNanos(amounts[next] - acc));
                if (next == n - 1) {
                    lastEvent = isTail ? current : segEvent[i];
                }
                next++;
            }
            acc += nanos;
        }
        return lastEvent;
    }

    private List<ClockShare> shares(boolean hasTail, long tail) {
        int count = segCount + (hasTail ? 1 : 0);
        // key k of a share is the index of its first period; the tail period has index segCount
        if (shareKeys == null || shareKeys.length < count) {
            shareKeys = new int[Math.max(count, segEvent.length + 1)];
            shareTotals = new long[shareKeys.length];
        }
        int[] keys = shareKeys;
        long[] totals = shareTotals;
        Arrays.fill(totals, 0, count, 0L);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            boolean isTail = i == segCount;
            SlaEvent event = isTail ? current : segEvent[i];
            ClockMode mode = isTail ? currentMode : segMode[i];
            int k = 0;
            while (k < distinct && !sameShare(keys[k], event, mode)) {
                k++;
            }
            if (k == distinct) {
                keys[distinct++] = i;
            }
            totals[k] += isTail ? tail : segNanos[i];
        }
        ClockShare[] out = new ClockShare[distinct];
        for (int k = 0; k < distinct; k++) {
            // key segCount is the tail period, when it started a share of its own
            SlaEvent e = keys[k] == segCount ? current : segEvent[keys[k]];
            ClockMode mode = keys[k] == segCount ? currentMode : segMode[keys[k]];
            out[k] = new ClockShare(e.state(), e.reason(), mode, Duration.ofNanos(totals[k]));
        }
        // small lists without the array copy of List.of(E...); the result's List.copyOf keeps them as they are
        return distinct == 1 ? List.of(out[0]) : distinct == 2 ? List.of(out[0], out[1]) : List.of(out);
    }

    /** Whether a period of {@code event} in {@code mode} belongs to the share keyed by period {@code key}. */
    private boolean sameShare(int key, SlaEvent event, ClockMode mode) {
        SlaEvent k = segEvent[key];
        return k == event || segMode[key] == mode && k.state().equals(event.state())
                && k.reason().equals(event.reason());
    }

    private Duration targetFor(String priority) {
        if (cachedTargetOf != null && priority.equals(cachedTargetOf.priority)) {
            return cachedTarget;
        }
        CompiledSla.Target target = sla.target(priority);
        SlaTarget t = target.target;
        Duration d = target.nanos >= 0 ? t.businessTime().orElseThrow() : businessDaysTarget(t.businessDays());
        cachedTargetOf = target;
        cachedTarget = d;
        return d;
    }

    private Duration businessDaysTarget(int days) {
        if (def.businessDayConvention() != BusinessDayConvention.END_OF_DAY) {
            return businessDaysTargetUncached(days);
        }
        // with END_OF_DAY the deadline depends only on the start date, so tickets opened on one day share it
        Instant deadline = sla.cachedDeadline(calendar, clockStartedAt, days);
        if (deadline == null) {
            return businessDaysTargetUncached(days);
        }
        return checkedTarget(days, calendar.workingTimeBetween(clockStartedAt, deadline));
    }

    private Duration businessDaysTargetUncached(int days) {
        ZoneId zone = calendar.zone();
        ZonedDateTime start = clockStartedAt.atZone(zone);
        LocalDate d = start.toLocalDate();
        int found = 0;
        for (int i = 0; found < days; i++) {
            if (i > MAX_DAYS_SEARCHED) {
                throw new ItmValidationException("calendar", "calendar " + def.calendar() + " has fewer than "
                        + days + " working days in the " + MAX_DAYS_SEARCHED + " days after " + d);
            }
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                found++;
            }
        }
        Instant deadline;
        if (def.businessDayConvention() == BusinessDayConvention.END_OF_DAY) {
            List<TimeInterval> day = calendar.workingIntervals(d.atStartOfDay(zone).toInstant(),
                    d.plusDays(1).atStartOfDay(zone).toInstant());
            deadline = day.get(day.size() - 1).end();
            sla.cacheDeadline(calendar, clockStartedAt, start.toLocalDate(), days, deadline);
        } else {
            deadline = calendar.nextWorkingInstant(ZonedDateTime.of(d, start.toLocalTime(), zone).toInstant());
        }
        return checkedTarget(days, calendar.workingTimeBetween(clockStartedAt, deadline));
    }

    private static Duration checkedTarget(int days, Duration target) {
        if (target.isZero() || target.isNegative()) {
            throw new ItmValidationException("targets", "business-day target of " + days + " days is empty");
        }
        return target;
    }

    private String label(SlaEvent e) {
        return sla.label(e.state(), e.reason());
    }

    private void requireStarted() {
        if (current == null) {
            throw new ItmValidationException("events", "apply the opening event first");
        }
    }
}
