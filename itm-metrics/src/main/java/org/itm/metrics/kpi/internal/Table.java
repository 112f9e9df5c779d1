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

/** The partial states of the KPIs sharing one grouping (dimensions, window, time field). */
final class Table<R> {

    final Grouping<R> grouping;
    final Map<GroupKey, State[]> groups;
    private final Bucketer bucketer;

    private final boolean[] flagValues;
    private final double[] measureValues;
    // per-record scratch: the group is looked up with a reused key, and a key is allocated only for a new group
    private final String[] dimValues;
    private final GroupKey probe;
    private final Slot<R>[] slots;

    Table(Grouping<R> grouping) {
        this.grouping = grouping;
        this.flagValues = new boolean[grouping.flags().length];
        this.measureValues = new double[grouping.measures().length];
        this.groups = new HashMap<>();
        this.bucketer = new Bucketer(grouping.window());
        this.dimValues = new String[grouping.dimensions().length];
        this.probe = new GroupKey(dimValues, 0);
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
        Function<? super R, String>[] dimFns = grouping.dimensions();
        String[] dims = dimValues;
        for (int i = 0; i < dims.length; i++) {
            dims[i] = dimFns[i].apply(r);
        }
        probe.set(dims, bucket);
        State[] states = groups.get(probe);
        if (states == null) {
            states = newStates();
            groups.put(probe.freeze(), states);
        }
        Predicate<? super R>[] flagFns = grouping.flags();
        for (int i = 0; i < flagFns.length; i++) {
            flagValues[i] = flagFns[i].test(r);
        }
        ToDoubleFunction<? super R>[] measureFns = grouping.measures();
        for (int i = 0; i < measureFns.length; i++) {
            measureValues[i] = measureFns[i].applyAsDouble(r);
        }
        Slot<R>[] slotArray = slots;
        for (int i = 0; i < states.length; i++) {
            slotArray[i].update(r, flagValues, measureValues, states[i]);
        }
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
                for (int i = 0; i < mine.length; i++) {
                    mine[i].merge(theirs[i]);
                }
            }
        });
    }

    private static State[] copyOf(State[] states) {
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
        CompiledKpi<R> kpi = grouping.kpis().get(index);
        int slot = grouping.kpiSlot()[index];
        TimeWindow window = grouping.window();
        // group by dimension values, windows in order
        Map<List<String>, TreeMap<Long, State>> byDims = new TreeMap<>(Table::compareLists);
        groups.forEach((k, states) -> byDims.computeIfAbsent(List.of(k.dims), d -> new TreeMap<>())
                .put(k.bucket, states[slot]));
        for (Map.Entry<List<String>, TreeMap<Long, State>> e : byDims.entrySet()) {
            Map<String, String> dims = new LinkedHashMap<>();
            for (int i = 0; i < grouping.dimensionNames().size(); i++) {
                dims.put(grouping.dimensionNames().get(i), e.getKey().get(i));
            }
            if (window.kind() == WindowKind.ROLLING_DAYS) {
                rolling(kpi, dims, e.getValue(), window, out, throughDay);
            } else {
                for (Map.Entry<Long, State> w : e.getValue().entrySet()) {
                    WindowRange range = bucketer.range(w.getKey());
                    Duration length = range.isUnbounded() ? Duration.ZERO : bucketer.length(range);
                    kpi.result(dims, range, w.getValue(), length).ifPresent(out::add);
                }
            }
        }
    }

    private void rolling(CompiledKpi<R> kpi, Map<String, String> dims, TreeMap<Long, State> days,
                         TimeWindow window, List<KpiResult> out, long throughDay) {
        int n = window.days();
        long first = days.firstKey();
        long last = Math.max(days.lastKey(), Math.min(throughDay, days.lastKey() + n - 1));
        for (long end = first; end <= last; end++) {
            Map<Long, State> inside = days.subMap(end - n + 1, true, end, true);
            if (inside.isEmpty()) {
                continue;
            }
            State merged = null;
            for (State s : inside.values()) {
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
