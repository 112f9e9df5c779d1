package org.itm.operations.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.parallel.ParallelBatch;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.internal.CompiledSla;
import org.itm.operations.sla.internal.DefaultSlaTracker;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates SLA definitions against ticket timelines. Every evaluation is a pure function of the definition,
 * the timeline, the calendar and the instant, so results can be replayed and audited.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin-office", calendar)));
 * Optional<SlaResult> r = engine.evaluate(definition, timeline, clock.instant());
 * }</pre>
 *
 * <p>For batches, keep one engine and the same definition instances (each is compiled once, on first use) and
 * call {@link #evaluateAll} per timeline: definitions on one calendar share the measurement of each period, and
 * each thread reuses one working space, so memory stays proportional to one timeline however many are evaluated
 * (about 1.7 s for a million timelines against three definitions on one core, see {@code benchmarks/RESULTS.md}).
 * A result's {@link SlaResult#shares() shares} are built when first read. Engines are thread-safe: to use several
 * cores, {@link #evaluateBatch(List, List, Instant, Executor, int)} evaluates contiguous chunks of a list of
 * timelines on an executor and returns the results in timeline order, equal to evaluating them one by one.
 *
 * @since 0.1
 */
public final class SlaEngine {

    /** How many compiled definitions are kept; definitions are few and long-lived, so a short list suffices. */
    private static final int COMPILED_KEPT = 64;
    private static final int STATUSES = SlaStatus.values().length;

    private final CalendarLookup calendars;
    /**
     * Recently used definitions in compiled form, most recent first, found by identity (a record's equals would
     * compare every field on each call). Replaced as a whole, so readers never see a half-built array.
     */
    private volatile CompiledSla[] compiled = new CompiledSla[0];
    /**
     * Arrays and a tracker reused by every batch evaluation on a thread, so that evaluating many timelines does
     * not allocate them for each; what they hold is bounded by {@link Scratch#KEPT_EVENTS}.
     */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private SlaEngine(CalendarLookup calendars) {
        this.calendars = Checks.notNull(calendars, "calendars");
    }

    /**
     * An engine; it holds no per-ticket state and is thread-safe.
     *
     * @param calendars resolves each definition's {@link SlaDefinition#calendar()}
     * @return the engine
     * @throws ItmValidationException if {@code calendars} is null
     */
    public static SlaEngine create(CalendarLookup calendars) {
        return new SlaEngine(calendars);
    }

    /**
     * The SLA of {@code timeline} at {@code at}; events after {@code at} are ignored. Empty when the definition
     * does not apply to the ticket (its attributes or its opening priority).
     *
     * @param definition the SLA definition
     * @param timeline   the ticket's events
     * @param at         the evaluation instant
     * @return the result, or empty when the definition does not apply
     * @throws ItmValidationException if {@code at} is before the ticket opened or the calendar is unknown
     */
    public Optional<SlaResult> evaluate(SlaDefinition definition, SlaTimeline timeline, Instant at) {
        Checks.notNull(definition, "definition");
        List<SlaResult> r = evaluateAll(List.of(definition), timeline, at);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * The results of every definition of {@code definitions} that applies to {@code timeline}, in order, as an
     * immutable list. Definitions
     * on the same calendar share the measurement of each period, so evaluating several at once is cheaper than
     * one by one.
     *
     * @param definitions the definitions to try
     * @param timeline    the ticket's events
     * @param at          the evaluation instant
     * @return one result per applicable definition, in {@code definitions} order
     * @throws ItmValidationException as for {@link #evaluate}
     */
    public List<SlaResult> evaluateAll(List<SlaDefinition> definitions, SlaTimeline timeline, Instant at) {
        Checks.notNull(definitions, "definitions");
        int n = eventsUpTo(timeline, at);
        Scratch scratch = scratch();
        try {
            return evaluateAll(definitions, timeline, at, n, scratch);
        } finally {
            scratch.release();
        }
    }

    /** Checks {@code timeline} and {@code at}; how many events are not after {@code at}. */
    private static int eventsUpTo(SlaTimeline timeline, Instant at) {
        Checks.notNull(timeline, "timeline");
        Checks.notNull(at, "at");
        List<SlaEvent> events = timeline.events();
        if (at.isBefore(events.get(0).at())) {
            throw new ItmValidationException("at", "must not be before the ticket opened ("
                    + events.get(0).at() + "), was " + at);
        }
        int n = 1;
        while (n < events.size() && !events.get(n).at().isAfter(at)) {
            n++;
        }
        return n;
    }

    private List<SlaResult> evaluateAll(List<SlaDefinition> definitions, SlaTimeline timeline, Instant at, int n,
                                        Scratch scratch) {
        SlaResult[] out = new SlaResult[definitions.size()];
        return listOf(out, run(definitions, null, timeline, at, n, scratch, out, null));
    }

    /** The first {@code found} results of {@code out} as an immutable list. */
    private static List<SlaResult> listOf(SlaResult[] out, int found) {
        return found == 1 ? List.of(out[0]) : found == out.length ? List.of(out) : List.of(Arrays.copyOf(out, found));
    }

    /**
     * Evaluates every applicable definition of {@code definitions} against the first {@code n} events: into
     * {@code out} as results, in order (returning how many), or, when {@code out} is null, as one more count in
     * {@code counts} at {@code definitionIndex * statuses + status}, without building the results.
     */
    private int run(List<SlaDefinition> definitions, @Nullable Batch batch, SlaTimeline timeline, Instant at, int n,
                    Scratch scratch, SlaResult @Nullable [] out, long @Nullable [] counts) {
        List<SlaEvent> events = timeline.events();
        int found = 0;
        scratch.reserve(definitions.size());
        BusinessCalendar[] measured = scratch.calendars;
        Instant[] clockStarts = scratch.clockStarts;
        int measuredCount = 0;
        DefaultSlaTracker tracker = scratch.tracker;
        for (int d = 0; d < definitions.size(); d++) {
            SlaDefinition def = Checks.notNull(definitions.get(d), "definitions[]");
            // a batch resolved its definitions once; a single evaluation finds them now
            CompiledSla sla = batch != null ? batch.compiled[d] : compiled(def);
            if (!sla.appliesTo(timeline)) {
                continue;
            }
            BusinessCalendar calendar = batch != null ? batch.calendars[d] : calendarOf(def);
            int k = 0;
            while (k < measuredCount && measured[k] != calendar) {
                k++;
            }
            if (k == measuredCount) {
                measured[k] = calendar;
                measure(calendar, events, n, at, scratch.periods(k, n));
                clockStarts[k] = calendar.nextWorkingInstant(events.get(0).at());
                measuredCount++;
            }
            long[] p = scratch.periods[k];
            tracker.restart(sla, calendar, timeline.ticketId(), clockStarts[k]);
            tracker.apply(events.get(0), 0);
            for (int i = 1; i < n; i++) {
                tracker.apply(events.get(i), p[i]);
            }
            if (out != null) {
                out[found] = tracker.resultAt(at, p[n]);
            } else {
                Objects.requireNonNull(counts)[d * STATUSES + tracker.statusAt(at, p[n]).ordinal()]++;
            }
            found++;
        }
        return found;
    }

    /**
     * Into {@code p}: business nanos of each period between consecutive events (index i: from event i-1), and to
     * {@code at} (index n).
     */
    private static void measure(BusinessCalendar calendar, List<SlaEvent> events, int n, Instant at, long[] p) {
        for (int i = 1; i < n; i++) {
            p[i] = calendar.workingNanosBetween(events.get(i - 1).at(), events.get(i).at());
        }
        p[n] = calendar.workingNanosBetween(events.get(n - 1).at(), at);
    }

    /** This thread's scratch space, or a fresh one when this thread is already inside an evaluation. */
    private Scratch scratch() {
        Scratch s = scratch.get();
        if (s.inUse) {
            s = new Scratch();
        }
        s.inUse = true;
        return s;
    }

    /**
     * {@link #evaluateAll} for each of {@code timelines}, on the common fork-join pool with one chunk per thread of
     * the pool.
     *
     * @param definitions the definitions to evaluate against every timeline
     * @param timelines   the timelines; must not change during the call
     * @param at          the evaluation instant
     * @return the results of each timeline, in timeline order
     * @throws ItmValidationException as for {@link #evaluateBatch(List, List, Instant, Executor, int)}
     */
    public List<List<SlaResult>> evaluateBatch(List<SlaDefinition> definitions, List<SlaTimeline> timelines,
                                               Instant at) {
        return evaluateBatch(definitions, timelines, at, ParallelBatch.defaultExecutor(),
                ParallelBatch.defaultChunks());
    }

    /**
     * {@link #evaluateAll} for each of {@code timelines}, split into at most {@code chunks} contiguous chunks run on
     * {@code executor}. Element {@code i} of the answer is {@code evaluateAll(definitions, timelines.get(i), at)},
     * whatever the chunk count, the executor or the scheduling; the answer and its elements are immutable.
     *
     * @param definitions the definitions to evaluate against every timeline
     * @param timelines   the timelines; must not change during the call
     * @param at          the evaluation instant, not before any timeline's opening
     * @param executor    runs the chunks
     * @param chunks      how many parts to split {@code timelines} into, at least 1
     * @return the results of each timeline, in timeline order
     * @throws ItmValidationException naming {@code definitions}, {@code timelines}, {@code at}, {@code executor} or
     *                                {@code chunks} (or an element, {@code timelines[7]}) when null or out of range,
     *                                or the first timeline (in list order) that {@link #evaluateAll} rejects, by
     *                                index ({@code timelines[7].at}); nothing is returned then
     */
    public List<List<SlaResult>> evaluateBatch(List<SlaDefinition> definitions, List<SlaTimeline> timelines,
                                               Instant at, Executor executor, int chunks) {
        Batch defs = batchDefinitions(definitions, timelines, at, executor, chunks);
        ParallelBatch.ChunkWork<SlaTimeline, List<List<SlaResult>>> work = (chunk, offset) -> {
            @SuppressWarnings("unchecked")
            List<SlaResult>[] out = new List[chunk.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = evaluateInBatch(defs, chunk.get(i), offset + i, at);
            }
            return List.of(out);
        };
        List<List<List<SlaResult>>> parts = ParallelBatch.mapChunks(timelines, chunks, executor, work);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<List<SlaResult>> all = new ArrayList<>(timelines.size());
        for (List<List<SlaResult>> p : parts) {
            all.addAll(p);
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Evaluates a batch as {@link #evaluateBatch(List, List, Instant, Executor, int)} does, but hands each timeline's
     * results to {@code fold} instead of keeping them: each chunk folds its timelines, in order, into its own
     * accumulator from {@code newPart}, and the accumulators are combined in chunk order. Memory is that of the
     * accumulators, not of the batch's results, so figures over millions of timelines (compliance, breach counts)
     * cost no more than the evaluation. When {@code fold} and {@code combine} are such that folding the list of
     * {@code evaluateBatch} in one accumulator gives the same answer as folding its parts and combining them (as
     * counters and sums do), the answer is the same for every chunk count and executor.
     *
     * <pre>{@code
     * SlaCompliance c = engine.foldBatch(definitions, timelines, now, pool, 8, () -> SlaCompliance.inZone(zone),
     *         (part, timeline, results) -> results.forEach(r -> part.add(r, timeline.attributes())),
     *         SlaCompliance::merge);
     * }</pre>
     *
     * @param definitions the definitions to evaluate against every timeline
     * @param timelines   the timelines; must not change during the call
     * @param at          the evaluation instant, not before any timeline's opening
     * @param executor    runs the chunks
     * @param chunks      how many parts to split {@code timelines} into, at least 1
     * @param newPart     makes an empty accumulator, once per chunk; may run on several threads at once
     * @param fold        adds one timeline's results (those {@link #evaluateAll} returns) to an accumulator; each
     *                    accumulator is used by one thread at a time
     * @param combine     the accumulator of two consecutive runs of timelines from theirs, left first
     * @param <A>         the accumulator type
     * @return the combined accumulator (an empty one from {@code newPart} when {@code timelines} is empty)
     * @throws ItmValidationException as {@link #evaluateBatch(List, List, Instant, Executor, int)}, and naming
     *                                {@code newPart}, {@code fold} or {@code combine} when null or when they return
     *                                null
     * @throws RuntimeException       what {@code newPart}, {@code fold} or {@code combine} threw, for the first chunk
     *                                in list order that failed
     */
    public <A> A foldBatch(List<SlaDefinition> definitions, List<SlaTimeline> timelines, Instant at,
                           Executor executor, int chunks, Supplier<? extends A> newPart, ResultFolder<A> fold,
                           BinaryOperator<A> combine) {
        Checks.notNull(newPart, "newPart");
        Checks.notNull(fold, "fold");
        Checks.notNull(combine, "combine");
        Batch defs = batchDefinitions(definitions, timelines, at, executor, chunks);
        ParallelBatch.ChunkWork<SlaTimeline, A> work = (chunk, offset) -> {
            A part = Checks.notNull(newPart.get(), "newPart result");
            for (int i = 0; i < chunk.size(); i++) {
                SlaTimeline t = chunk.get(i);
                fold.add(part, t, evaluateInBatch(defs, t, offset + i, at));
            }
            return part;
        };
        List<A> parts = ParallelBatch.mapChunks(timelines, chunks, executor, work);
        if (parts.isEmpty()) {
            return Checks.notNull(newPart.get(), "newPart result");
        }
        A all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = Checks.notNull(combine.apply(all, parts.get(i)), "combine result");
        }
        return all;
    }

    /**
     * How many results of each definition have each status over a batch, in {@code definitions} order (a
     * definition that applies to no timeline has all-zero counts). Each status is counted as the evaluation finds
     * it, without building the result (its warning crossings, clock shares and durations), so 3 million results cost
     * less than their evaluation by {@link #foldBatch} and none of their memory. The figures equal counting the
     * results of {@link #evaluateBatch(List, List, Instant, Executor, int)} for every chunk count and executor, and
     * a timeline that batch rejects is rejected here too (the first in list order, as in a single pass). Up to
     * {@code chunks} tasks each take the next block of timelines when they are free and count into their own
     * figures, so a core that other work slows down leaves its share to the others.
     *
     * @param definitions the definitions; ids unique
     * @param timelines   the timelines; must not change during the call
     * @param at          the evaluation instant
     * @param executor    runs the tasks
     * @param chunks      the greatest number of tasks, at least 1; one per thread of {@code executor} is enough
     * @return counts by definition id, in {@code definitions} order, unmodifiable
     * @throws ItmValidationException as {@link #evaluateBatch(List, List, Instant, Executor, int)}, or naming
     *                                {@code definitions} when two definitions share an id
     */
    public Map<String, SlaStatusCounts> summarizeBatch(List<SlaDefinition> definitions, List<SlaTimeline> timelines,
                                                       Instant at, Executor executor, int chunks) {
        Checks.notNull(definitions, "definitions");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            SlaDefinition d = Checks.notNull(definitions.get(i), "definitions[" + i + "]");
            if (index.putIfAbsent(d.id(), i) != null) {
                throw new ItmValidationException("definitions[" + i + "].id", "duplicate id '" + d.id() + "'");
            }
        }
        int statuses = STATUSES;
        Batch defs = batchDefinitions(definitions, timelines, at, executor, chunks);
        // the statuses are counted as the trackers find them: no result, share or crossing is built. Counts add up
        // in any order, so each task takes the next block of timelines when it is free, into its own counts
        int cells = defs.definitions.size() * statuses;
        ParallelBatch.BlockWork<SlaTimeline, long[]> work = (part, block, offset) -> {
            for (int i = 0; i < block.size(); i++) {
                countInBatch(defs, block.get(i), offset + i, at, part);
            }
        };
        List<long[]> parts = ParallelBatch.foldBlocks(timelines, chunks,
                ParallelBatch.defaultBlockSize(timelines.size(), chunks), executor, () -> new long[cells], work);
        long[] counts = new long[defs.definitions.size() * statuses];
        for (long[] part : parts) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += part[i];
            }
        }
        Map<String, SlaStatusCounts> out = new LinkedHashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            out.put(definitions.get(i).id(), SlaStatusCounts.of(Arrays.copyOfRange(counts, i * statuses,
                    (i + 1) * statuses)));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Adds one timeline's results to an accumulator of {@link #foldBatch}.
     *
     * @param <A> the accumulator type
     */
    @FunctionalInterface
    public interface ResultFolder<A> {

        /**
         * Adds {@code results}, those of {@code timeline} in definition order (empty when no definition applies),
         * to {@code part}.
         *
         * @param part     the chunk's accumulator
         * @param timeline the timeline evaluated
         * @param results  its results, immutable
         */
        void add(A part, SlaTimeline timeline, List<SlaResult> results);
    }

    /** Checks the arguments common to the batch methods; the definitions, copied, compiled and on their calendars. */
    private Batch batchDefinitions(List<SlaDefinition> definitions, List<SlaTimeline> timelines, Instant at,
                                   Executor executor, int chunks) {
        Checks.notNull(definitions, "definitions");
        Checks.notNull(timelines, "timelines");
        Checks.notNull(at, "at");
        Checks.notNull(executor, "executor");
        Checks.positive(chunks, "chunks");
        BusinessCalendar[] calendars = new BusinessCalendar[definitions.size()];
        for (int i = 0; i < definitions.size(); i++) {
            calendars[i] = calendarOf(Checks.notNull(definitions.get(i), "definitions[" + i + "]"));
        }
        List<SlaDefinition> defs = List.copyOf(definitions);
        CompiledSla[] compiled = new CompiledSla[defs.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compiled(defs.get(i));
        }
        return new Batch(defs, compiled, calendars);
    }

    /** The definitions of a batch with what every timeline needs of them, found once for the whole batch. */
    private static final class Batch {
        final List<SlaDefinition> definitions;
        final CompiledSla[] compiled;
        final BusinessCalendar[] calendars;

        Batch(List<SlaDefinition> definitions, CompiledSla[] compiled, BusinessCalendar[] calendars) {
            this.definitions = definitions;
            this.compiled = compiled;
            this.calendars = calendars;
        }
    }

    /** {@link #evaluateAll} for element {@code index} of a batch, its violations named under that index. */
    private List<SlaResult> evaluateInBatch(Batch defs, SlaTimeline t, int index, Instant at) {
        // the path is built only on failure: a string per timeline would be most of a batch's garbage
        if (t == null) {
            throw new ItmValidationException("timelines[" + index + "]", "must not be null");
        }
        try {
            int n = eventsUpTo(t, at);
            Scratch scratch = scratch();
            try {
                SlaResult[] out = new SlaResult[defs.definitions.size()];
                return listOf(out, run(defs.definitions, defs, t, at, n, scratch, out, null));
            } finally {
                scratch.release();
            }
        } catch (ItmValidationException e) {
            throw underIndex(e, index);
        }
    }

    /** As {@link #evaluateInBatch}, counting the statuses into {@code counts} instead of returning results. */
    private void countInBatch(Batch defs, SlaTimeline t, int index, Instant at, long[] counts) {
        if (t == null) {
            throw new ItmValidationException("timelines[" + index + "]", "must not be null");
        }
        try {
            int n = eventsUpTo(t, at);
            Scratch scratch = scratch();
            try {
                run(defs.definitions, defs, t, at, n, scratch, null, counts);
            } finally {
                scratch.release();
            }
        } catch (ItmValidationException e) {
            throw underIndex(e, index);
        }
    }

    private static ItmValidationException underIndex(ItmValidationException e, int index) {
        String path = "timelines[" + index + "]";
        return new ItmValidationException(e.violations().stream()
                .map(v -> new Violation(path + "." + v.path(), v.message()))
                .toList());
    }

    /**
     * An incremental tracker for one ticket; the caller decides applicability (see
     * {@link SlaDefinition#appliesTo(Map, String)}). A tracker is not thread-safe; the engine may be shared.
     *
     * @param definition the SLA definition; its calendar is resolved now
     * @param ticketId   the ticket; not blank
     * @return a tracker waiting for the ticket's first event
     * @throws ItmValidationException naming {@code definition}, {@code ticketId} or an unknown {@code calendar}
     */
    public SlaTracker track(SlaDefinition definition, String ticketId) {
        Checks.notNull(definition, "definition");
        Checks.notBlank(ticketId, "ticketId");
        return new DefaultSlaTracker(compiled(definition), calendarOf(definition), ticketId);
    }

    private CompiledSla compiled(SlaDefinition definition) {
        CompiledSla[] known = compiled;
        for (CompiledSla c : known) {
            if (c.definition() == definition) {
                return c;
            }
        }
        CompiledSla made = new CompiledSla(definition);
        CompiledSla[] next = new CompiledSla[Math.min(known.length + 1, COMPILED_KEPT)];
        next[0] = made;
        System.arraycopy(known, 0, next, 1, next.length - 1);
        compiled = next;
        return made;
    }

    private BusinessCalendar calendarOf(SlaDefinition definition) {
        return calendars.find(definition.calendar()).orElseThrow(() -> new ItmValidationException(
                "calendar", "no business calendar named '" + definition.calendar() + "' (SLA " + definition.id()
                        + ")"));
    }

    /** Working space of one evaluation at a time on one thread. */
    private static final class Scratch {

        /** Timelines longer than this do not leave their arrays behind, so a thread keeps little between calls. */
        static final int KEPT_EVENTS = 1024;

        final DefaultSlaTracker tracker = new DefaultSlaTracker();
        BusinessCalendar[] calendars = new BusinessCalendar[0];
        long[][] periods = new long[0][];
        Instant[] clockStarts = new Instant[0];
        boolean inUse;

        /** Room for the calendars of {@code definitions} definitions. */
        void reserve(int definitions) {
            if (calendars.length < definitions) {
                calendars = new BusinessCalendar[definitions];
                clockStarts = new Instant[definitions];
                periods = Arrays.copyOf(periods, definitions);
            }
        }

        /** The period array of the {@code k}-th calendar measured, with room for {@code events} periods and the tail. */
        long[] periods(int k, int events) {
            long[] p = periods[k];
            if (p == null || p.length < events + 1) {
                p = new long[Math.max(events + 1, 16)];
                periods[k] = p;
            }
            return p;
        }

        void release() {
            Arrays.fill(calendars, null);
            Arrays.fill(clockStarts, null);
            for (int k = 0; k < periods.length; k++) {
                if (periods[k] != null && periods[k].length > KEPT_EVENTS + 1) {
                    periods[k] = null;
                }
            }
            tracker.release(KEPT_EVENTS);
            inUse = false;
        }
    }
}
