package org.itm.operations.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.itm.core.rule.Condition;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.BusinessDayConvention;
import org.itm.operations.sla.ClockMode;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaFacts;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.jspecify.annotations.Nullable;

/**
 * An {@link SlaDefinition} prepared for evaluation: its state sets folded into one state → flags table, each
 * (state, reason) pair met turned into one canonical {@link StateKey}, its targets resolved to nanoseconds in an
 * open-addressing table and its condition compiled, so that an event costs a cache probe rather than a probe per
 * state set. Immutable apart from bounded caches (state keys, business-day deadlines); thread-safe.
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
    /** The direct-mapped cache from state and reason strings to their key has 2^KEY_CACHE_BITS slots. */
    private static final int KEY_CACHE_BITS = 7;
    private static final int KEY_CACHE_SLOTS = 1 << KEY_CACHE_BITS;
    /** The cache of key sequences has 2^KEY_SEQUENCE_BITS slots. */
    private static final int KEY_SEQUENCE_BITS = 10;
    private static final int KEY_SEQUENCE_SLOTS = 1 << KEY_SEQUENCE_BITS;
    /** Most (state, reason) pairs given one shared key; bounded so unusual inputs cannot grow memory without end. */
    private static final int CANONICAL_KEYS = 1024;

    private final SlaDefinition definition;
    private final Map<String, Integer> stateFlags;
    private final @Nullable Set<String> pauseReasons;
    /** The definition's targets as an open-addressing table by the priority's hash code; see {@link #target}. */
    private final Target[] targetTable;
    /** The target of the definition's first priority, for tickets whose priority has none. */
    private final Target firstTarget;
    private final double[] thresholds;
    private final @Nullable Condition<SlaTimeline> condition;
    private final Deadline[] deadlines = new Deadline[DEADLINE_SLOTS];
    /**
     * Recently used state and reason strings with their key, in the slot their hash codes pick. Entries are
     * immutable, so a racy read sees a whole one or none; a lost write only costs a later map lookup.
     */
    private final Alias[] keyCache = new Alias[KEY_CACHE_SLOTS];
    /**
     * Recently met sequences of canonical keys (the states of a result's clock shares, in order), in the slot their
     * ids pick, so that results whose tickets went through the same states share one array. Entries are immutable;
     * a lost write only costs a copy.
     */
    private final KeySequence[] keySequences = new KeySequence[KEY_SEQUENCE_SLOTS];
    /** The canonical key of each (state, reason) pair seen, at most {@link #CANONICAL_KEYS}. */
    private final Map<KeyName, StateKey> canonicalKeys = new ConcurrentHashMap<>();
    private final AtomicInteger nextKeyId = new AtomicInteger();

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
        this.targetTable = new Target[Integer.highestOneBit(Math.max(1, definition.targets().size()) * 4)];
        definition.targets().forEach((priority, target) -> {
            int i = priority.hashCode() & (targetTable.length - 1);
            while (targetTable[i] != null) {
                i = (i + 1) & (targetTable.length - 1);
            }
            targetTable[i] = new Target(priority, target,
                    definition.businessDayConvention() == BusinessDayConvention.SAME_TIME);
        });
        // the same iteration as the definition's own map, so the fallback priority is the one it always was
        // the definition has at least one target, and its table holds every one
        this.firstTarget = Objects.requireNonNull(target(definition.targets().keySet().iterator().next()));
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
        if (target(timeline.events().get(0).priority()) == null) {
            return false;
        }
        if (!definition.appliesWhen().isEmpty()
                && !definition.appliesTo(timeline.attributes(), timeline.events().get(0).priority())) {
            return false;
        }
        return condition == null || condition.test(timeline);
    }

    /**
     * What a ticket in {@code state} with {@code reason} means to this SLA. Equal pairs share one canonical key
     * (up to {@link #CANONICAL_KEYS} pairs), so periods can be grouped by comparing references or ids; the keys of
     * recently used strings are found in a direct-mapped cache without comparing characters.
     */
    StateKey key(String state, String reason) {
        // Fibonacci hashing: the top bits of the product spread the few pairs of a workload over the slots
        int slot = ((state.hashCode() * 31 + reason.hashCode()) * 0x9E3779B9) >>> (32 - KEY_CACHE_BITS);
        Alias a = keyCache[slot];
        if (a != null && a.state == state && a.reason == reason) {
            return a.key;
        }
        KeyName name = new KeyName(state, reason);
        StateKey key = canonicalKeys.get(name);
        if (key == null) {
            Integer f = stateFlags.get(state);
            int flags = f == null ? 0 : f;
            ClockMode mode = mode(flags, reason);
            key = canonicalKeys.size() < CANONICAL_KEYS
                    ? canonicalKeys.computeIfAbsent(name,
                            n -> new StateKey(state, reason, flags, mode, nextKeyId.getAndIncrement()))
                    : new StateKey(state, reason, flags, mode, StateKey.NOT_CANONICAL);
        }
        keyCache[slot] = new Alias(state, reason, key);
        return key;
    }

    /**
     * {@code keys[0..n)} as an array that is never written to: a shared one for a sequence of canonical keys met
     * recently, else a copy.
     */
    StateKey[] keySequence(StateKey[] keys, int n) {
        int h = n;
        for (int i = 0; i < n; i++) {
            int id = keys[i].id;
            if (id == StateKey.NOT_CANONICAL) {
                return Arrays.copyOf(keys, n);
            }
            h = h * 31 + id;
        }
        // two slots per sequence, so that two frequent sequences whose ids pick one slot do not evict each other
        int slot = (h * 0x9E3779B9) >>> (32 - KEY_SEQUENCE_BITS);
        int other = slot ^ 1;
        KeySequence known = keySequences[slot];
        if (known != null && known.matches(keys, n)) {
            return known.keys;
        }
        KeySequence second = keySequences[other];
        if (second != null && second.matches(keys, n)) {
            return second.keys;
        }
        StateKey[] copy = Arrays.copyOf(keys, n);
        keySequences[known == null || second != null ? slot : other] = new KeySequence(copy);
        return copy;
    }

    /** What a ticket in a state with {@code flags} and {@code reason} does to the clock. */
    private ClockMode mode(int flags, String reason) {
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

    static boolean resets(int flags) {
        return (flags & RESET) != 0;
    }

    /**
     * The target of {@code priority}, or null when the definition has none for it. Open addressing by the string's
     * (cached) hash code: one slot and a reference comparison in the usual case, and no hash-map entry to follow.
     */
    @Nullable Target target(String priority) {
        int mask = targetTable.length - 1;
        for (int i = priority.hashCode() & mask; ; i = (i + 1) & mask) {
            Target t = targetTable[i];
            if (t == null || t.priority.equals(priority)) {
                return t;
            }
        }
    }

    /** The target of the definition's first priority, for tickets whose priority has none. */
    Target firstTarget() {
        return firstTarget;
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
        /**
         * Whether an amount of this target is reached at the first <em>working</em> instant at which the running
         * clock has it elapsed (a {@link BusinessDayConvention#SAME_TIME} deadline: the same time on a later day
         * is the opening of that day, not the close of the day before), rather than at the first instant.
         */
        final boolean reachedAtWorkingInstant;

        Target(String priority, SlaTarget target, boolean sameTime) {
            this.priority = priority;
            this.target = target;
            this.nanos = target.businessTime().map(Duration::toNanos).orElse(-1L);
            this.reachedAtWorkingInstant = sameTime && nanos < 0;
        }
    }

    /**
     * A (state, reason) pair with what it means to the SLA: its flags, what it does to the clock and its label
     * ({@code STATE} or {@code STATE/REASON}, as results show which state holds the clock).
     */
    static final class StateKey {
        final String state;
        final String reason;
        final int flags;
        final ClockMode mode;
        /**
         * Small and dense among the canonical keys of one SLA (no other key of the SLA has the same state and
         * reason), or {@link #NOT_CANONICAL}.
         */
        final int id;
        private final String label;
        private final Optional<String> optionalLabel;

        static final int NOT_CANONICAL = -1;

        StateKey(String state, String reason, int flags, ClockMode mode, int id) {
            this.state = state;
            this.reason = reason;
            this.flags = flags;
            this.mode = mode;
            this.id = id;
            this.label = reason.isEmpty() ? state : state + "/" + reason;
            this.optionalLabel = Optional.of(label);
        }

        /**
         * Whether periods of this key and of {@code other} belong to one share of the clock. A canonical key is
         * the only one of its content, so only two keys that are not canonical need their strings compared.
         */
        boolean sameAs(StateKey other) {
            return this == other || id == NOT_CANONICAL && other.id == NOT_CANONICAL && mode == other.mode
                    && state.equals(other.state) && reason.equals(other.reason);
        }

        String label() {
            return label;
        }

        /** The label as a result's breach state: one {@code Optional} for every result that shows it. */
        Optional<String> optionalLabel() {
            return optionalLabel;
        }
    }

    private record KeyName(String state, String reason) {
    }

    /** A shared sequence of keys; the final field publishes the array's elements with it. */
    private static final class KeySequence {
        final StateKey[] keys;

        KeySequence(StateKey[] keys) {
            this.keys = keys;
        }

        boolean matches(StateKey[] other, int n) {
            if (keys.length != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (keys[i] != other[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The key of a (state, reason) pair, found by the identity of these very strings. */
    private record Alias(String state, String reason, StateKey key) {
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
