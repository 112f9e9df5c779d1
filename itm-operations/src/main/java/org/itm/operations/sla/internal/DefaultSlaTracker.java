package org.itm.operations.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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

    private final CompiledSla sla;
    private final SlaDefinition def;
    private final BusinessCalendar calendar;
    private final String ticketId;

    private final List<Segment> segments;
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
     * for {@code expectedEvents} periods.
     */
    public DefaultSlaTracker(CompiledSla sla, BusinessCalendar calendar, String ticketId, Instant firstClockStart,
                             int expectedEvents) {
        this.sla = sla;
        this.def = sla.definition();
        this.calendar = calendar;
        this.ticketId = ticketId;
        this.knownFirstStart = firstClockStart;
        this.segments = new ArrayList<>(expectedEvents);
    }

    public DefaultSlaTracker(CompiledSla sla, BusinessCalendar calendar, String ticketId) {
        this.sla = sla;
        this.def = sla.definition();
        this.calendar = calendar;
        this.ticketId = ticketId;
        this.segments = new ArrayList<>();
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
        } else if (sla.target(e.priority()) != null) {
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
        segments.clear();
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
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.event == current && last.end.equals(cursor)) {
            last.end = t;
            last.businessNanos += business;
        } else {
            segments.add(new Segment(current, currentMode, cursor, t, business));
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
        Segment tailSegment = tail == 0 && t.equals(cursor) ? null
                : new Segment(current, currentMode, cursor, t, tail);
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
        long[] amounts = new long[fractions.length + 1];
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
        Crossing[] found = crossings(amounts, wanted, tailSegment);
        ThresholdCrossing[] crossings = new ThresholdCrossing[thresholdCount];
        int crossedCount = 0;
        for (int k = 0; k < thresholdCount; k++) {
            if (found[k] != null) {
                crossings[crossedCount++] = new ThresholdCrossing(fractions[k], found[k].at);
            }
        }
        // List.of yields a list the result's List.copyOf keeps as it is, so the array is copied only once
        List<ThresholdCrossing> crossed = List.of(crossedCount == thresholdCount ? crossings
                : Arrays.copyOf(crossings, crossedCount));
        Optional<Instant> breachedAt = Optional.empty();
        Optional<String> breachState = Optional.empty();
        if (breached && found[wanted - 1] != null) {
            breachedAt = Optional.of(found[wanted - 1].at);
            breachState = Optional.of(label(found[wanted - 1].segment.event));
        }
        long remaining = Math.max(0, targetNanos - elapsed);
        Optional<Instant> predicted = status == SlaStatus.IN_PROGRESS
                ? Optional.of(calendar.addWorkingTime(t, Duration.ofNanos(remaining)))
                : Optional.empty();
        return new SlaResult(def.id(), ticketId, def.metric(), t, cycle, status, priority, target, clockStartedAt,
                Duration.ofNanos(elapsed), Duration.ofNanos(remaining), 100.0 * elapsed / targetNanos,
                Duration.ofNanos(paused), Optional.ofNullable(stoppedAt), breachedAt, predicted, crossed,
                label(current), currentMode, breachState, shares(tailSegment));
    }

    /** Where the running time first reaches each of {@code amounts[0..n)} (ascending), in one pass. */
    private Crossing[] crossings(long[] amounts, int n, Segment tailSegment) {
        Crossing[] out = new Crossing[n];
        int next = 0;
        long acc = 0;
        int count = segments.size() + (tailSegment == null ? 0 : 1);
        for (int i = 0; i < count && next < n; i++) {
            Segment s = i < segments.size() ? segments.get(i) : tailSegment;
            if (s.mode != ClockMode.RUNNING) {
                continue;
            }
            while (next < n && acc < amounts[next] && acc + s.businessNanos >= amounts[next]) {
                out[next] = new Crossing(calendar.addWorkingTime(s.start, Duration.ofNanos(amounts[next] - acc)), s);
                next++;
            }
            acc += s.businessNanos;
        }
        return out;
    }

    private List<ClockShare> shares(Segment tailSegment) {
        int count = segments.size() + (tailSegment == null ? 0 : 1);
        Segment[] keys = new Segment[count];
        long[] totals = new long[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            Segment s = i < segments.size() ? segments.get(i) : tailSegment;
            int k = 0;
            while (k < distinct && !sameShare(keys[k], s)) {
                k++;
            }
            if (k == distinct) {
                keys[distinct++] = s;
            }
            totals[k] += s.businessNanos;
        }
        ClockShare[] out = new ClockShare[distinct];
        for (int k = 0; k < distinct; k++) {
            Segment s = keys[k];
            out[k] = new ClockShare(s.event.state(), s.event.reason(), s.mode, Duration.ofNanos(totals[k]));
        }
        return List.of(out);
    }

    private static boolean sameShare(Segment a, Segment b) {
        // the share keys' hashes settle most mismatches without comparing strings
        return a.event == b.event || a.shareHash == b.shareHash && a.mode == b.mode
                && a.event.state().equals(b.event.state()) && a.event.reason().equals(b.event.reason());
    }

    private Duration targetFor(String priority) {
        CompiledSla.Target target = sla.target(priority);
        if (target == cachedTargetOf) {
            return cachedTarget;
        }
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

    private static String label(SlaEvent e) {
        return e.reason().isEmpty() ? e.state() : e.state() + "/" + e.reason();
    }

    private void requireStarted() {
        if (current == null) {
            throw new ItmValidationException("events", "apply the opening event first");
        }
    }

    private static final class Segment {
        final SlaEvent event;
        final ClockMode mode;
        final Instant start;
        /** Hash of (state, reason, mode), the key of the segment's clock share. */
        final int shareHash;
        Instant end;
        long businessNanos;

        Segment(SlaEvent event, ClockMode mode, Instant start, Instant end, long businessNanos) {
            this.event = event;
            this.mode = mode;
            this.shareHash = (event.state().hashCode() * 31 + event.reason().hashCode()) * 31 + mode.ordinal();
            this.start = start;
            this.end = end;
            this.businessNanos = businessNanos;
        }
    }

    private record Crossing(Instant at, Segment segment) {
    }
}
