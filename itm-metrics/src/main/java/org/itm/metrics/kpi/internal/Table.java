package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.core.ItmValidationException;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.WindowKind;
import org.itm.metrics.kpi.WindowRange;

/**
 * The partial states of the KPIs sharing one grouping (dimensions, window, time field). {@link #groups} holds every
 * group; a record finds its group through {@link GroupIndex} first, which remembers groups the map gave it.
 */
final class Table<R> {

    final Grouping<R> grouping;
    final Map<GroupKey, State[]> groups;
    private final Bucketer bucketer;

    private final boolean[] flagValues;
    private final double[] measureValues;
    // per-record scratch: the group is looked up with a reused key, and a key is allocated only for a new group
    private final String[] dimValues;
    private final GroupKey probe;
    private final GroupIndex index;
    private final Slot<R>[] slots;

    Table(Grouping<R> grouping) {
        this.grouping = grouping;
        this.flagValues = new boolean[grouping.flags().length];
        this.measureValues = new double[grouping.measures().length];
        this.groups = new HashMap<>();
        this.bucketer = new Bucketer(grouping.window());
        this.dimValues = new String[grouping.dimensions().length];
        this.probe = new GroupKey(dimValues, 0);
        this.index = new GroupIndex(dimValues.length);
        this.slots = slotArray(grouping.slots());
    }

    @SuppressWarnings("unchecked")
    private static <R> Slot<R>[] slotArray(List<Slot<R>> slots) {
        return slots.toArray(new Slot[0]);
    }

    void add(R r) {
        Optional<Instant> t = grouping.time().apply(r);
        if (t.isEmpty()) {
            return;
        }
        long bucket = bucketer.bucket(t.get());
        String[] dims = dimensions(r);
        long key = index.key(dims, bucket);
        State[] states = key == GroupIndex.NO_KEY ? null : index.get(key);
        if (states == null) {
            states = group(dims, bucket);
            if (key != GroupIndex.NO_KEY) {
                index.put(key, states);
            }
        }
        boolean[] flags = flags(r);
        double[] measures = measures(r);
        Slot<R>[] slotArray = slots;
        for (int i = 0; i < states.length; i++) {
            slotArray[i].update(r, flags, measures, states[i]);
        }
    }

    /** The states of a group from the map, made if new. */
    private State[] group(String[] dims, long bucket) {
        probe.set(dims, bucket);
        State[] states = groups.get(probe);
        if (states == null) {
            states = newStates();
            groups.put(probe.freeze(), states);
        }
        return states;
    }

    // The accessors are called from one call site per position (for the first few), not from one loop: each site
    // then sees one accessor in a typical engine, which the JIT can inline, where a loop's single site sees them all.

    private String[] dimensions(R r) {
        Function<? super R, String>[] f = grouping.dimensions();
        String[] out = dimValues;
        int n = f.length;
        if (n > 0) {
            out[0] = f[0].apply(r);
        }
        if (n > 1) {
            out[1] = f[1].apply(r);
        }
        if (n > 2) {
            out[2] = f[2].apply(r);
        }
        for (int i = 3; i < n; i++) {
            out[i] = f[i].apply(r);
        }
        return out;
    }

    private boolean[] flags(R r) {
        Predicate<? super R>[] f = grouping.flags();
        boolean[] out = flagValues;
        int n = f.length;
        if (n > 0) {
            out[0] = f[0].test(r);
        }
        if (n > 1) {
            out[1] = f[1].test(r);
        }
        if (n > 2) {
            out[2] = f[2].test(r);
        }
        if (n > 3) {
            out[3] = f[3].test(r);
        }
        if (n > 4) {
            out[4] = f[4].test(r);
        }
        if (n > 5) {
            out[5] = f[5].test(r);
        }
        if (n > 6) {
            out[6] = f[6].test(r);
        }
        if (n > 7) {
            out[7] = f[7].test(r);
        }
        for (int i = 8; i < n; i++) {
            out[i] = f[i].test(r);
        }
        return out;
    }

    private double[] measures(R r) {
        ToDoubleFunction<? super R>[] f = grouping.measures();
        double[] out = measureValues;
        int n = f.length;
        if (n > 0) {
            out[0] = f[0].applyAsDouble(r);
        }
        if (n > 1) {
            out[1] = f[1].applyAsDouble(r);
        }
        if (n > 2) {
            out[2] = f[2].applyAsDouble(r);
        }
        if (n > 3) {
            out[3] = f[3].applyAsDouble(r);
        }
        if (n > 4) {
            out[4] = f[4].applyAsDouble(r);
        }
        if (n > 5) {
            out[5] = f[5].applyAsDouble(r);
        }
        for (int i = 6; i < n; i++) {
            out[i] = f[i].applyAsDouble(r);
        }
        return out;
    }

    private State[] newStates() {
        List<Slot<R>> slots = grouping.slots();
        State[] states = new State[slots.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = slots.get(i).newState();
        }
        return states;
    }

    Table<R> copy() {
        Table<R> c = new Table<>(grouping);
        groups.forEach((k, v) -> c.groups.put(k, copyOf(v)));
        return c;
    }

    void mergeFrom(Table<R> other) {
        other.groups.forEach((k, theirs) -> {
            State[] mine = groups.get(k);
            if (mine == null) {
                groups.put(k, copyOf(theirs));
            } else {
                mergeInto(mine, theirs);
            }
        });
    }

    /** Merges each of a group's states {@code theirs} into the same KPI's state in {@code mine}. */
    static void mergeInto(State[] mine, State[] theirs) {
        for (int i = 0; i < mine.length; i++) {
            mine[i].merge(theirs[i]);
        }
    }

    static State[] copyOf(State[] states) {
        State[] c = new State[states.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = states[i].copy();
        }
        return c;
    }

    /** Results of KPI {@code index} of this table, keyed by group then window. */
    void results(int index, List<KpiResult> out) {
        results(index, out, Long.MIN_VALUE);
    }

    /**
     * As {@link #results(int, List)}, with rolling windows also ending on each day after a group's last day up to
     * epoch day {@code throughDay}, while they still hold data.
     */
    void results(int index, List<KpiResult> out, long throughDay) {
        results(index, sortedGroups(), out, throughDay);
    }

    /**
     * The groups in the order results are made: by dimension values, then window. Each element holds one set of
     * dimension values and its windows' states; no two elements share a state, so elements can be read apart.
     */
    List<Map.Entry<List<String>, TreeMap<Long, State[]>>> sortedGroups() {
        Map<List<String>, TreeMap<Long, State[]>> byDims = new TreeMap<>(Table::compareLists);
        groups.forEach((k, states) -> byDims.computeIfAbsent(List.of(k.dims), d -> new TreeMap<>())
                .put(k.bucket, states));
        return new ArrayList<>(byDims.entrySet());
    }

    /**
     * Results of KPI {@code index} of the groups {@code sorted} (a run of {@link #sortedGroups()}, in its order), as
     * {@link #results(int, List, long)} makes them for all groups. Reading may normalise the groups' states in place
     * (no answer changes), so one thread at a time reads a group.
     */
    void results(int index, List<Map.Entry<List<String>, TreeMap<Long, State[]>>> sorted, List<KpiResult> out,
                 long throughDay) {
        CompiledKpi<R> kpi = grouping.kpis().get(index);
        int slot = grouping.kpiSlot()[index];
        TimeWindow window = grouping.window();
        for (Map.Entry<List<String>, TreeMap<Long, State[]>> e : sorted) {
            Map<String, String> dims = new LinkedHashMap<>();
            for (int i = 0; i < grouping.dimensionNames().size(); i++) {
                dims.put(grouping.dimensionNames().get(i), e.getKey().get(i));
            }
            if (window.kind() == WindowKind.ROLLING_DAYS) {
                rolling(kpi, dims, e.getValue(), slot, window, out, throughDay);
            } else {
                for (Map.Entry<Long, State[]> w : e.getValue().entrySet()) {
                    WindowRange range = bucketer.range(w.getKey());
                    Duration length = range.isUnbounded() ? Duration.ZERO : bucketer.length(range);
                    kpi.result(dims, range, w.getValue()[slot], length).ifPresent(out::add);
                }
            }
        }
    }

    private void rolling(CompiledKpi<R> kpi, Map<String, String> dims, TreeMap<Long, State[]> days, int slot,
                         TimeWindow window, List<KpiResult> out, long throughDay) {
        int n = window.days();
        long first = days.firstKey();
        long last = Math.max(days.lastKey(), Math.min(throughDay, days.lastKey() + n - 1));
        for (long end = first; end <= last; end++) {
            Map<Long, State[]> inside = days.subMap(end - n + 1, true, end, true);
            if (inside.isEmpty()) {
                continue;
            }
            State merged = null;
            for (State[] states : inside.values()) {
                State s = states[slot];
                if (merged == null) {
                    merged = s.copy();
                } else {
                    merged.merge(s);
                }
            }
            LocalDate start = LocalDate.ofEpochDay(end - n + 1);
            WindowRange range = new WindowRange(start, LocalDate.ofEpochDay(end + 1), window.zone());
            // inside is not empty, so merged holds at least one state
            kpi.result(dims, range, Objects.requireNonNull(merged), bucketer.length(range)).ifPresent(out::add);
        }
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Writes every group's key and states; {@link #readFrom} on a table of the same grouping reads them back. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(slots.length);
        out.writeInt(groups.size());
        for (Map.Entry<GroupKey, State[]> e : groups.entrySet()) {
            String[] dims = e.getKey().dims;
            out.writeInt(dims.length);
            for (String d : dims) {
                out.writeBoolean(d != null);
                if (d != null) {
                    StateIo.writeString(d, out);
                }
            }
            out.writeLong(e.getKey().bucket);
            for (State st : e.getValue()) {
                st.writeTo(out);
            }
        }
    }

    void readFrom(DataInput in) throws IOException {
        int slotCount = in.readInt();
        if (slotCount != slots.length) {
            throw new ItmValidationException("state", "was written by an engine with " + slotCount
                    + " partial states in a grouping where this engine has " + slots.length);
        }
        int count = in.readInt();
        for (int g = 0; g < count; g++) {
            String[] dims = new String[in.readInt()];
            if (dims.length != dimValues.length) {
                throw new ItmValidationException("state", "was written with " + dims.length
                        + " dimensions in a grouping where this engine has " + dimValues.length);
            }
            for (int i = 0; i < dims.length; i++) {
                dims[i] = in.readBoolean() ? StateIo.readString(in) : null;
            }
            long bucket = in.readLong();
            State[] states = newStates();
            for (State st : states) {
                st.readFrom(in);
            }
            groups.put(new GroupKey(dims, bucket), states);
        }
    }

    long stateCount() {
        return (long) groups.size() * grouping.slots().size();
    }

    static <R> List<Table<R>> tables(List<Grouping<R>> groupings) {
        List<Table<R>> tables = new ArrayList<>();
        for (Grouping<R> g : groupings) {
            tables.add(new Table<>(g));
        }
        return tables;
    }
}
