package org.itm.operations.sla.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.rule.Condition;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.ClockMode;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaFacts;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.jspecify.annotations.Nullable;

/**
 * An {@link SlaDefinition} prepared for evaluation: its state sets folded into one state → flags table, its
 * targets resolved to nanoseconds and its condition compiled, so that each event costs one hash lookup instead of
 * a probe per state set. Immutable apart from a small, bounded cache of business-day deadlines; thread-safe.
 */
public final class CompiledSla {

    private static final int CANCEL = 1;
    private static final int STOP = 2;
    private static final int PAUSE = 4;
    private static final int RESET = 8;
    /**
     * Deadline cache slots (a power of two): room for about 250 consecutive start days for each of up to eight
     * day counts; bounded so memory does not grow with the number of tickets.
     */
    private static final int DEADLINE_SLOTS = 2048;
    private static final int RECENT_STATES = 16;

    private final SlaDefinition definition;
    private final Map<String, Integer> stateFlags;
    private final @Nullable Set<String> pauseReasons;
    private final Map<String, Target> targets;
    private final String firstPriority;
    private final double[] thresholds;
    private final @Nullable Condition<SlaTimeline> condition;
    private final Deadline[] deadlines = new Deadline[DEADLINE_SLOTS];
    /** State strings seen first, with their flags; replaced as a whole, at most {@link #RECENT_STATES} long. */
    private volatile StateFlags[] recentStates = new StateFlags[0];
    /** Labels built so far, found by the identity of state and reason; at most {@link #RECENT_STATES}. */
    private volatile Label[] recentLabels = new Label[0];

    public CompiledSla(SlaDefinition definition) {
        this.definition = definition;
        Map<String, Integer> flags = new HashMap<>();
        addFlag(flags, definition.cancelWhenStates(), CANCEL);
        addFlag(flags, definition.stopWhenStates(), STOP);
        addFlag(flags, definition.pauseWhenStates(), PAUSE);
        addFlag(flags, definition.resetWhenStates(), RESET);
        this.stateFlags = flags;
        this.pauseReasons = definition.pauseWhenReasons().isEmpty() ? null
                : new HashSet<>(definition.pauseWhenReasons());
        Map<String, Target> t = new HashMap<>();
        definition.targets().forEach((priority, target) -> t.put(priority, new Target(priority, target)));
        this.targets = t;
        // the same iteration as the definition's own map, so the fallback priority is the one it always was
        this.firstPriority = definition.targets().keySet().iterator().next();
        List<Double> fractions = definition.warningThresholds();
        this.thresholds = new double[fractions.size()];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = fractions.get(i);
        }
        this.condition = definition.condition().map(SlaFacts.SCHEMA::condition).orElse(null);
    }

    private static void addFlag(Map<String, Integer> flags, Set<String> states, int flag) {
        for (String s : states) {
            flags.merge(s, flag, (a, b) -> a | b);
        }
    }

    public SlaDefinition definition() {
        return definition;
    }

    /** As {@link SlaDefinition#appliesTo(Map, String)} plus the definition's condition. */
    public boolean appliesTo(SlaTimeline timeline) {
        if (!targets.containsKey(timeline.events().get(0).priority())) {
            return false;
        }
        if (!definition.appliesWhen().isEmpty()
                && !definition.appliesTo(timeline.attributes(), timeline.events().get(0).priority())) {
            return false;
        }
        return condition == null || condition.test(timeline);
    }

    /** Flags of {@code state} (0 when the definition does not name it). */
    int flags(String state) {
        // timelines reuse a few state strings, so an identity match usually answers without hashing
        StateFlags[] known = recentStates;
        for (StateFlags k : known) {
            if (k.state == state) {
                return k.flags;
            }
        }
        Integer f = stateFlags.get(state);
        int flags = f == null ? 0 : f;
        if (known.length < RECENT_STATES) {
            StateFlags[] next = Arrays.copyOf(known, known.length + 1);
            next[known.length] = new StateFlags(state, flags);
            recentStates = next;
        }
        return flags;
    }

    static boolean resets(int flags) {
        return (flags & RESET) != 0;
    }

    /** What a ticket in {@code state} with {@code reason} (whose {@link #flags} are {@code flags}) does to the clock. */
    ClockMode mode(int flags, String reason) {
        if ((flags & CANCEL) != 0) {
            return ClockMode.CANCELLED;
        }
        if ((flags & STOP) != 0) {
            return ClockMode.STOPPED;
        }
        if ((flags & PAUSE) != 0 && (pauseReasons == null || pauseReasons.contains(reason))) {
            return ClockMode.PAUSED;
        }
        return ClockMode.RUNNING;
    }

    /**
     * {@code STATE} or {@code STATE/REASON}, as results show which state holds the clock; the few distinct
     * labels of a workload are built once instead of concatenated for every result.
     */
    String label(String state, String reason) {
        if (reason.isEmpty()) {
            return state;
        }
        Label[] known = recentLabels;
        for (Label l : known) {
            if (l.state == state && l.reason == reason) {
                return l.label;
            }
        }
        String label = state + "/" + reason;
        if (known.length < RECENT_STATES) {
            Label[] next = Arrays.copyOf(known, known.length + 1);
            next[known.length] = new Label(state, reason, label);
            recentLabels = next;
        }
        return label;
    }

    @Nullable Target target(String priority) {
        return targets.get(priority);
    }

    String firstPriority() {
        return firstPriority;
    }

    double[] thresholds() {
        return thresholds;
    }

    /**
     * The end-of-day business-day deadline found earlier for a clock started on the same local date of the same
     * calendar with the same day count, or null. Matching by the instant range of that date needs no zone
     * arithmetic on a hit.
     */
    @Nullable Instant cachedDeadline(BusinessCalendar calendar, Instant clockStart, int days) {
        long es = clockStart.getEpochSecond();
        Deadline d = deadlines[slot(es, days)];
        return d != null && d.calendar == calendar && d.days == days && es >= d.dayStart && es < d.nextDayStart
                ? d.deadline : null;
    }

    /** Remembers {@code deadline} for clocks started on {@code startDate} (the local date of {@code clockStart}). */
    void cacheDeadline(BusinessCalendar calendar, Instant clockStart, LocalDate startDate, int days,
                       Instant deadline) {
        ZoneId zone = calendar.zone();
        long dayStart = startDate.atStartOfDay(zone).toEpochSecond();
        long nextDayStart = startDate.plusDays(1).atStartOfDay(zone).toEpochSecond();
        // a racing write may replace another thread's entry; entries are immutable, so readers see whole ones
        deadlines[slot(clockStart.getEpochSecond(), days)] = new Deadline(calendar, days, dayStart, nextDayStart,
                deadline);
    }

    private static int slot(long epochSecond, int days) {
        // consecutive days and day counts below eight take distinct slots
        return (int) (Math.floorDiv(epochSecond, 86_400L) * 8 + (days & 7)) & (DEADLINE_SLOTS - 1);
    }

    /** A target resolved for the hot path: nanoseconds for business time, the day count otherwise. */
    static final class Target {
        final String priority;
        final SlaTarget target;
        /** Business time in nanoseconds, or -1 for a business-days target. */
        final long nanos;

        Target(String priority, SlaTarget target) {
            this.priority = priority;
            this.target = target;
            this.nanos = target.businessTime().map(java.time.Duration::toNanos).orElse(-1L);
        }
    }

    private record StateFlags(String state, int flags) {
    }

    private record Label(String state, String reason, String label) {
    }

    /** A deadline valid for clocks starting in {@code [dayStart, nextDayStart)} (epoch seconds). */
    private static final class Deadline {
        final BusinessCalendar calendar;
        final int days;
        final long dayStart;
        final long nextDayStart;
        final Instant deadline;

        Deadline(BusinessCalendar calendar, int days, long dayStart, long nextDayStart, Instant deadline) {
            this.calendar = calendar;
            this.days = days;
            this.dayStart = dayStart;
            this.nextDayStart = nextDayStart;
            this.deadline = deadline;
        }
    }
}
