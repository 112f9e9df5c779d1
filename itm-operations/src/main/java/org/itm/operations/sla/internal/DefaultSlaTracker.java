package org.itm.operations.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.jspecify.annotations.Nullable;

/**
 * Keeps the periods of the current cycle (merged while the state does not change) and derives every figure of a
 * result from them, so that splitting the timeline at any instant cannot change a result.
 */
public final class DefaultSlaTracker implements SlaTracker {

    /** Longest search for the N-th business day, to fail clearly on a calendar without working days. */
    private static final int MAX_DAYS_SEARCHED = 3700;

    // not final: the engine restarts one tracker for each definition of a batch (see restart)
    private @Nullable CompiledSla sla;
    private @Nullable SlaDefinition def;
    private @Nullable BusinessCalendar calendar;
    private @Nullable String ticketId;

    /*
     * The periods of the current cycle as parallel arrays (one entry per period, no object each): the state (and
     * reason) that held the clock with what it did to it, where the period starts (epoch second and nano), and its
     * business time. The last period always ends at the cursor; consecutive periods of one state are merged.
     */
    private CompiledSla.StateKey[] segKey;
    private long[] segStartSecond;
    private int[] segStartNano;
    private long[] segNanos;
    private int segCount;
    /** Scratch space of {@link #shares}: the key and business time of each share, and the results. */
    private CompiledSla.StateKey @Nullable [] shareKeys;
    private long @Nullable [] shareTotals;
    /** The share of each canonical key id during {@link #shares}, else -1; grown to the largest id seen. */
    private int[] shareOfKey = newShareIndex(16);
    /** Scratch space of {@link #resultAt}: threshold amounts, the instants they were reached, the crossings. */
    private long @Nullable [] amountScratch;
    private Instant @Nullable [] foundScratch;
    /** The state the ticket is in since the cursor; null before the opening event. */
    private CompiledSla.@Nullable StateKey current;
    /*
     * Where the last event or advance left the ticket, as epoch second and nano: primitives, so that moving it
     * stores no reference into a tracker that lives long (cheaper under collectors with card-marking barriers).
     */
    private long cursorSecond;
    private int cursorNano;
    private int cycle;
    private @Nullable Instant clockStartedAt;
    /** The target of the priority when the cycle started, and of the latest priority that has one. */
    private CompiledSla.@Nullable Target startTarget;
    private CompiledSla.@Nullable Target latestTarget;
    private long elapsedNanos;
    private long pausedNanos;
    private @Nullable Instant stoppedAt;
    private CompiledSla.@Nullable Target cachedTargetOf;
    private @Nullable Duration cachedTarget;

    /**
     * The last stop instant wrapped for a result and its wrapper, so that the results of one timeline's
     * definitions, whose clocks stop at the same event, share one {@code Optional} (found by the instant's identity).
     */
    private @Nullable Instant lastStoppedAt;
    private Optional<Instant> lastStoppedAtOptional = Optional.empty();

    /** The clock start of the first cycle when the caller already knows it, else null. */
    private @Nullable Instant knownFirstStart;

    /**
     * A tracker for batch evaluation, to be {@link #restart restarted} for each definition and ticket; it keeps its
     * arrays between uses, so evaluating many timelines allocates them once.
     */
    public DefaultSlaTracker() {
        allocate(8);
    }

    public DefaultSlaTracker(CompiledSla sla, BusinessCalendar calendar, String ticketId) {
        this.sla = sla;
        this.def = sla.definition();
        this.calendar = calendar;
        this.ticketId = ticketId;
        allocate(8);
    }

    /**
     * Forgets everything applied so far and starts over for {@code newSla} on {@code newCalendar} and ticket
     * {@code newTicketId}, keeping the arrays, so that one tracker serves every definition and timeline of a batch.
     * {@code firstClockStart} is the first working instant at or after the ticket opened.
     */
    public void restart(CompiledSla newSla, BusinessCalendar newCalendar, String newTicketId,
                        Instant firstClockStart) {
        this.sla = newSla;
        this.def = newSla.definition();
        this.calendar = newCalendar;
        this.ticketId = newTicketId;
        this.knownFirstStart = firstClockStart;
        forgetTicket();
    }

    /**
     * Drops what the last use referred to (definition, calendar, ticket, instants), and arrays longer than
     * {@code keptCapacity} periods, so that a tracker kept between uses holds nothing of the tickets it served.
     */
    public void release(int keptCapacity) {
        if (segKey.length > keptCapacity) {
            allocate(8);
            shareKeys = null;
            shareTotals = null;
        } else {
            Arrays.fill(segKey, 0, segCount, null);
        }
        if (foundScratch != null) {
            Arrays.fill(foundScratch, null);
        }
        sla = null;
        def = null;
        calendar = null;
        ticketId = null;
        knownFirstStart = null;
        lastStoppedAt = null;
        lastStoppedAtOptional = Optional.empty();
        forgetTicket();
    }

    /** Back to the state before the opening event: no periods, no cycle, no clock. */
    private void forgetTicket() {
        segCount = 0;
        current = null;
        cursorSecond = 0;
        cursorNano = 0;
        cycle = 0;
        clockStartedAt = null;
        startTarget = null;
        latestTarget = null;
        elapsedNanos = 0;
        pausedNanos = 0;
        stoppedAt = null;
        cachedTargetOf = null;
        cachedTarget = null;
    }

    private static int[] newShareIndex(int size) {
        int[] index = new int[size];
        Arrays.fill(index, -1);
        return index;
    }

    private void allocate(int capacity) {
        segKey = new CompiledSla.StateKey[capacity];
        segStartSecond = new long[capacity];
        segStartNano = new int[capacity];
        segNanos = new long[capacity];
    }

    /** A period of {@code key} starting at the cursor. */
    private void addSegment(CompiledSla.StateKey key, long businessNanos) {
        if (segCount == segKey.length) {
            int capacity = segCount * 2;
            segKey = Arrays.copyOf(segKey, capacity);
            segStartSecond = Arrays.copyOf(segStartSecond, capacity);
            segStartNano = Arrays.copyOf(segStartNano, capacity);
            segNanos = Arrays.copyOf(segNanos, capacity);
        }
        segKey[segCount] = key;
        segStartSecond[segCount] = cursorSecond;
        segStartNano[segCount] = cursorNano;
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
            open(e);
            return;
        }
        advanceTo(e.at(), businessSinceCursor);
        change(e);
    }

    private void open(SlaEvent e) {
        CompiledSla sla = activeSla();
        cycle = 1;
        startCycle(e);
        current = sla.key(e.state(), e.reason());
        if (current.mode == ClockMode.STOPPED) {
            stoppedAt = e.at();
        }
    }

    /** What event {@code e}, at the cursor, changes: state, priority, cycle. */
    private void change(SlaEvent e) {
        CompiledSla sla = activeSla();
        SlaDefinition def = activeDef();
        CompiledSla.StateKey was = currentKey();
        CompiledSla.StateKey key = sla.key(e.state(), e.reason());
        ClockMode mode = key.mode;
        boolean reset = CompiledSla.resets(key.flags) && !CompiledSla.resets(was.flags);
        ClockMode currentMode = was.mode;
        boolean reopenNewCycle = def.reopenPolicy() == ReopenPolicy.NEW_CYCLE && currentMode == ClockMode.STOPPED
                && (mode == ClockMode.RUNNING || mode == ClockMode.PAUSED);
        if (reset || reopenNewCycle) {
            cycle++;
            startCycle(e);
        } else if (!e.priority().equals(Objects.requireNonNull(latestTarget).priority)) {
            CompiledSla.Target t = sla.target(e.priority());
            if (t != null) {
                latestTarget = t;
            }
        }
        if (mode == ClockMode.STOPPED && currentMode != ClockMode.STOPPED) {
            stoppedAt = e.at();
        } else if (mode != ClockMode.STOPPED) {
            stoppedAt = null;
        }
        current = key;
    }

    private void startCycle(SlaEvent e) {
        CompiledSla sla = activeSla();
        BusinessCalendar calendar = activeCalendar();
        // only the count matters; stale references are overwritten as the new cycle adds periods
        segCount = 0;
        elapsedNanos = 0;
        pausedNanos = 0;
        stoppedAt = null;
        setCursor(e.at());
        clockStartedAt = cycle == 1 && knownFirstStart != null ? knownFirstStart : calendar.nextWorkingInstant(e.at());
        CompiledSla.Target t = sla.target(e.priority());
        if (t == null) {
            t = latestTarget != null ? latestTarget : sla.firstTarget();
        }
        startTarget = t;
        latestTarget = t;
        cachedTargetOf = null;
    }

    @Override
    public void advanceTo(Instant t) {
        advanceTo(t, -1);
    }

    private void advanceTo(Instant t, long knownBusiness) {
        CompiledSla.StateKey current = currentKey();
        BusinessCalendar calendar = activeCalendar();
        if (t == null) {
            throw new ItmValidationException("t", "must not be null");
        }
        if (isBeforeCursor(t)) {
            throw new ItmValidationException("t", "must not be before the last event or advance (" + cursor()
                    + "), was " + t);
        }
        if (isCursor(t)) {
            return;
        }
        long business = knownBusiness >= 0 ? knownBusiness : calendar.workingNanosBetween(cursor(), t);
        ClockMode currentMode = current.mode;
        if (currentMode == ClockMode.RUNNING) {
            elapsedNanos += business;
        } else if (currentMode == ClockMode.PAUSED) {
            pausedNanos += business;
        }
        int last = segCount - 1;
        // the last period ends at the cursor, so time in the same state extends it
        if (last >= 0 && segKey[last] == current) {
            segNanos[last] += business;
        } else {
            addSegment(current, business);
        }
        setCursor(t);
    }

    @Override
    public SlaResult resultAt(Instant t) {
        return resultAt(t, -1);
    }

    /** As {@link #resultAt(Instant)}, with the business time since the last event or advance known ({@code -1} if not). */
    public SlaResult resultAt(Instant t, long knownTail) {
        CompiledSla.StateKey current = currentKey();
        CompiledSla sla = activeSla();
        SlaDefinition def = activeDef();
        BusinessCalendar calendar = activeCalendar();
        checkNotBeforeCursor(t);
        // the period from the last event or advance to t counts as one more (virtual) period, index segCount
        boolean hasTail = !isCursor(t);
        long tail = tailTo(t, knownTail, calendar);
        ClockMode currentMode = current.mode;
        long elapsed = elapsedNanos + (currentMode == ClockMode.RUNNING ? tail : 0);
        long paused = pausedNanos + (currentMode == ClockMode.PAUSED ? tail : 0);

        CompiledSla.Target applied = def.priorityChangePolicy() == PriorityChangePolicy.KEEP_ORIGINAL
                ? startTarget : latestTarget;
        // both are set by the opening event
        Objects.requireNonNull(applied);
        String priority = applied.priority;
        Duration target = targetFor(applied);
        long targetNanos = target.toNanos();

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
        if (elapsed >= targetNanos) {
            amounts[wanted++] = targetNanos;
        }
        Instant[] found = Objects.requireNonNull(foundScratch, "allocated with amountScratch");
        Arrays.fill(found, 0, wanted, null);
        boolean atWorkingInstant = applied.reachedAtWorkingInstant;
        CompiledSla.StateKey lastCrossingKey = crossings(amounts, wanted, tail, t, atWorkingInstant, found);
        // one rule for status, breach instant, warnings and predictions: the target is reached at the instant
        // the crossings find for it, and it is met only when the clock stopped before that instant
        boolean breached = wanted > thresholdCount && found[wanted - 1] != null;
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
        List<ThresholdCrossing> crossed = CrossingList.of(fractions, found, thresholdCount);
        Optional<Instant> breachedAt = Optional.empty();
        Optional<String> breachState = Optional.empty();
        if (breached) {
            breachedAt = Optional.of(Objects.requireNonNull(found[wanted - 1]));
            // a breach was found, so the crossings returned where; the key keeps its label's Optional
            breachState = Objects.requireNonNull(lastCrossingKey).optionalLabel();
        }
        long remaining = Math.max(0, targetNanos - elapsed);
        Optional<Instant> predicted = Optional.empty();
        if (status == SlaStatus.IN_PROGRESS) {
            Instant reach = calendar.addWorkingNanos(t, remaining);
            predicted = Optional.of(atWorkingInstant ? calendar.nextWorkingInstant(reach) : reach);
        }
        return new SlaResult(def.id(), activeTicket(), def.metric(), t, cycle, status, priority, target, cycleStart(),
                Duration.ofNanos(elapsed), Duration.ofNanos(remaining), 100.0 * elapsed / targetNanos,
                Duration.ofNanos(paused), stoppedAtOptional(), breachedAt, predicted, crossed,
                current.label(), currentMode, breachState, shares(hasTail, tail));
    }

    private void checkNotBeforeCursor(@Nullable Instant t) {
        if (t == null || isBeforeCursor(t)) {
            throw new ItmValidationException("at", "must not be before the last event or advance (" + cursor()
                    + "), was " + t);
        }
    }

    /** Business time from the last event or advance to {@code t}: 0 at the cursor, else {@code knownTail} if known. */
    private long tailTo(Instant t, long knownTail, BusinessCalendar calendar) {
        return isCursor(t) ? 0 : knownTail >= 0 ? knownTail : calendar.workingNanosBetween(cursor(), t);
    }

    /**
     * The status {@link #resultAt(Instant, long)} would report, without building the result: no warning crossings,
     * shares or durations, only the search for the instant the target was reached when the clock has elapsed it.
     * The predicted breach of a running clock is still located, so a calendar that rejects it fails here as it
     * does there.
     */
    public SlaStatus statusAt(Instant t, long knownTail) {
        CompiledSla.StateKey current = currentKey();
        SlaDefinition def = activeDef();
        BusinessCalendar calendar = activeCalendar();
        checkNotBeforeCursor(t);
        long tail = tailTo(t, knownTail, calendar);
        ClockMode currentMode = current.mode;
        long elapsed = elapsedNanos + (currentMode == ClockMode.RUNNING ? tail : 0);
        CompiledSla.Target applied = def.priorityChangePolicy() == PriorityChangePolicy.KEEP_ORIGINAL
                ? startTarget : latestTarget;
        Objects.requireNonNull(applied);
        long targetNanos = targetFor(applied).toNanos();
        boolean breached = false;
        if (elapsed >= targetNanos) {
            // where the target was reached does not depend on the warning amounts searched with it in resultAt:
            // each amount is placed by the running periods alone
            if (amountScratch == null || amountScratch.length < 1) {
                amountScratch = new long[activeSla().thresholds().length + 1];
                foundScratch = new Instant[amountScratch.length];
            }
            long[] amounts = amountScratch;
            Instant[] found = Objects.requireNonNull(foundScratch, "allocated with amountScratch");
            amounts[0] = targetNanos;
            found[0] = null;
            crossings(amounts, 1, tail, t, applied.reachedAtWorkingInstant, found);
            breached = found[0] != null;
            found[0] = null;
        }
        if (currentMode == ClockMode.CANCELLED) {
            return SlaStatus.CANCELLED;
        } else if (breached) {
            return SlaStatus.BREACHED;
        } else if (currentMode == ClockMode.STOPPED) {
            return SlaStatus.ACHIEVED;
        } else if (currentMode == ClockMode.PAUSED) {
            return SlaStatus.PAUSED;
        }
        Instant reach = calendar.addWorkingNanos(t, Math.max(0, targetNanos - elapsed));
        if (applied.reachedAtWorkingInstant) {
            calendar.nextWorkingInstant(reach);
        }
        return SlaStatus.IN_PROGRESS;
    }

    private Optional<Instant> stoppedAtOptional() {
        Instant s = stoppedAt;
        if (s == null) {
            return Optional.empty();
        }
        if (s != lastStoppedAt) {
            lastStoppedAt = s;
            lastStoppedAtOptional = Optional.of(s);
        }
        return lastStoppedAtOptional;
    }

    /**
     * Where the running clock reaches each of {@code amounts[0..n)} (ascending), in one pass, into {@code out}
     * (null where not yet); returns the state of the period where {@code amounts[n - 1]} was reached (null if it
     * was not). An amount is reached at the first instant at which the running clock has it elapsed, or with
     * {@code atWorkingInstant} at the first working instant at which it has: a running period covers its end
     * instant too, so a clock stopped at the very instant counts as having reached it.
     */
    private CompiledSla.@Nullable StateKey crossings(long[] amounts, int n, long tail, Instant evaluatedAt,
                                           boolean atWorkingInstant, Instant[] out) {
        CompiledSla.StateKey current = currentKey();
        BusinessCalendar calendar = activeCalendar();
        int next = 0;
        long acc = 0;
        CompiledSla.StateKey lastKey = null;
        // the tail from the cursor to evaluatedAt takes part even when empty: a clock resumed at evaluatedAt
        // runs at that instant
        for (int i = 0; i <= segCount && next < n; i++) {
            boolean isTail = i == segCount;
            CompiledSla.StateKey key = isTail ? current : segKey[i];
            if (key.mode != ClockMode.RUNNING) {
                continue;
            }
            long nanos = isTail ? tail : segNanos[i];
            // made only for a period that reaches an amount: most running periods reach none
            Instant start = null;
            Instant end = null;
            // amounts already elapsed before this period (acc == amount) wait here for a working instant
            while (next < n && acc + nanos >= amounts[next]) {
                if (start == null) {
                    start = isTail ? cursor() : Instant.ofEpochSecond(segStartSecond[i], segStartNano[i]);
                }
                Instant first = acc >= amounts[next] ? start
                        : calendar.addWorkingNanos(start, amounts[next] - acc);
                Instant reached = first;
                if (atWorkingInstant && !calendar.isWorking(first)) {
                    if (end == null) {
                        end = isTail ? evaluatedAt : i + 1 < segCount
                                ? Instant.ofEpochSecond(segStartSecond[i + 1], segStartNano[i + 1]) : cursor();
                    }
                    reached = nextWorkingInstantBy(first, end);
                    if (reached == null) {
                        break;
                    }
                }
                out[next] = reached;
                if (next == n - 1) {
                    lastKey = key;
                }
                next++;
            }
            acc += nanos;
        }
        return lastKey;
    }

    /** The next working instant at or after {@code t} if it is not after {@code limit}, else null. */
    private @Nullable Instant nextWorkingInstantBy(Instant t, Instant limit) {
        BusinessCalendar calendar = activeCalendar();
        if (!t.isBefore(limit)) {
            return null;
        }
        // a period with working time left after t holds its next working instant; otherwise look it up
        if (calendar.workingNanosBetween(t, limit) > 0) {
            return calendar.nextWorkingInstant(t);
        }
        // no working time in [t, limit): the next working instant is limit itself or lies beyond it
        return calendar.isWorking(limit) ? limit : null;
    }

    private List<ClockShare> shares(boolean hasTail, long tail) {
        CompiledSla.StateKey current = currentKey();
        int count = segCount + (hasTail ? 1 : 0);
        if (shareKeys == null || shareKeys.length < count) {
            int capacity = Math.max(count, segKey.length + 1);
            shareKeys = new CompiledSla.StateKey[capacity];
            shareTotals = new long[capacity];
        }
        CompiledSla.StateKey[] keys = shareKeys;
        long[] totals = Objects.requireNonNull(shareTotals, "allocated with shareKeys");
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            CompiledSla.StateKey key = i == segCount ? current : segKey[i];
            long nanos = i == segCount ? tail : segNanos[i];
            int k = shareOf(key, keys, distinct);
            if (k < 0) {
                k = distinct++;
                keys[k] = key;
                totals[k] = nanos;
                if (key.id >= 0) {
                    shareOfKey[key.id] = k;
                }
            } else {
                totals[k] += nanos;
            }
        }
        CompiledSla.StateKey[] shareKeysOut = activeSla().keySequence(keys, distinct);
        long[] nanosOut = Arrays.copyOf(totals, distinct);
        for (int k = 0; k < distinct; k++) {
            if (keys[k].id >= 0) {
                shareOfKey[keys[k].id] = -1;
            }
            keys[k] = null;
        }
        return new ClockShareList(shareKeysOut, nanosOut);
    }

    /**
     * The share of {@code keys[0..distinct)} that periods of {@code key} belong to, or -1: found by the key's id
     * when it is canonical, else by comparing it with the other keys that are not.
     */
    private int shareOf(CompiledSla.StateKey key, CompiledSla.StateKey[] keys, int distinct) {
        if (key.id >= 0) {
            if (key.id >= shareOfKey.length) {
                int old = shareOfKey.length;
                shareOfKey = Arrays.copyOf(shareOfKey, Math.max(key.id + 1, old * 2));
                Arrays.fill(shareOfKey, old, shareOfKey.length, -1);
            }
            return shareOfKey[key.id];
        }
        for (int k = 0; k < distinct; k++) {
            if (keys[k].sameAs(key)) {
                return k;
            }
        }
        return -1;
    }

    private Duration targetFor(CompiledSla.Target target) {
        if (target == cachedTargetOf && cachedTarget != null) {
            return cachedTarget;
        }
        SlaTarget t = target.target;
        Duration d = target.nanos >= 0 ? t.businessTime().orElseThrow() : businessDaysTarget(t.businessDays());
        cachedTargetOf = target;
        cachedTarget = d;
        return d;
    }

    private Duration businessDaysTarget(int days) {
        CompiledSla sla = activeSla();
        SlaDefinition def = activeDef();
        BusinessCalendar calendar = activeCalendar();
        Instant clockStartedAt = cycleStart();
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
        CompiledSla sla = activeSla();
        SlaDefinition def = activeDef();
        BusinessCalendar calendar = activeCalendar();
        Instant clockStartedAt = cycleStart();
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

    private void setCursor(Instant t) {
        cursorSecond = t.getEpochSecond();
        cursorNano = t.getNano();
    }

    private Instant cursor() {
        return Instant.ofEpochSecond(cursorSecond, cursorNano);
    }

    private boolean isCursor(Instant t) {
        return t.getEpochSecond() == cursorSecond && t.getNano() == cursorNano;
    }

    private boolean isBeforeCursor(Instant t) {
        return t.getEpochSecond() < cursorSecond || t.getEpochSecond() == cursorSecond && t.getNano() < cursorNano;
    }

    // set from the full constructor or restart until release; a released tracker must be restarted before use
    private CompiledSla activeSla() {
        return Objects.requireNonNull(sla, "restart the tracker first");
    }

    private SlaDefinition activeDef() {
        return Objects.requireNonNull(def, "restart the tracker first");
    }

    private BusinessCalendar activeCalendar() {
        return Objects.requireNonNull(calendar, "restart the tracker first");
    }

    private String activeTicket() {
        return Objects.requireNonNull(ticketId, "restart the tracker first");
    }

    /** The state since the cursor; fails as {@link #requireStarted()} does before the opening event. */
    private CompiledSla.StateKey currentKey() {
        requireStarted();
        return Objects.requireNonNull(current);
    }

    /** When the current cycle's clock started; set by the opening event. */
    private Instant cycleStart() {
        return Objects.requireNonNull(clockStartedAt);
    }

    private void requireStarted() {
        if (current == null) {
            throw new ItmValidationException("events", "apply the opening event first");
        }
    }
}
