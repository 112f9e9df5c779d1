package org.itm.operations.sla.internal;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.itm.operations.sla.ThresholdCrossing;
import org.jspecify.annotations.Nullable;

/**
 * The first one to three warning thresholds of a definition that a result's clock reached, kept as the
 * definition's shared fractions and the instants as seconds and nanoseconds in fields, and turned into
 * {@link ThresholdCrossing} values on first access. A batch that keeps millions of results then holds one object
 * per result for its crossings instead of a list, an array, and a crossing and an instant per threshold. Equal to
 * (and with the hash code of) the list of the same crossings; immutable and safe to share between threads.
 */
public final class CrossingList extends AbstractList<ThresholdCrossing> implements RandomAccess {

    /** The most crossings kept in fields; longer lists are ordinary immutable lists. */
    static final int MAX = 3;

    /** The definition's warning fractions; the crossings are those of its first {@link #size} entries. */
    private final double[] fractions;
    private final int size;
    private final long second0;
    private final long second1;
    private final long second2;
    private final int nano0;
    private final int nano1;
    private final int nano2;
    /** Built on first access; volatile, so a thread that sees the array also sees its elements. */
    private volatile ThresholdCrossing @Nullable [] values;

    /** The crossings of {@code fractions[0..size)} at {@code at[0..size)}, which are not null. */
    private CrossingList(double[] fractions, @Nullable Instant[] at, int size) {
        this.fractions = fractions;
        this.size = size;
        Instant a0 = Objects.requireNonNull(at[0]);
        Instant a1 = size > 1 ? Objects.requireNonNull(at[1]) : a0;
        Instant a2 = size > 2 ? Objects.requireNonNull(at[2]) : a0;
        this.second0 = a0.getEpochSecond();
        this.nano0 = a0.getNano();
        this.second1 = a1.getEpochSecond();
        this.nano1 = a1.getNano();
        this.second2 = a2.getEpochSecond();
        this.nano2 = a2.getNano();
    }

    /**
     * The crossings of the thresholds {@code fractions[k]} reached at {@code at[k]}, for the {@code k < count} whose
     * {@code at[k]} is not null, in order.
     */
    static List<ThresholdCrossing> of(double[] fractions, @Nullable Instant[] at, int count) {
        int prefix = 0;
        while (prefix < count && at[prefix] != null) {
            prefix++;
        }
        boolean onlyPrefix = true;
        for (int k = prefix; k < count; k++) {
            onlyPrefix &= at[k] == null;
        }
        if (prefix == 0 && onlyPrefix) {
            return List.of();
        }
        if (onlyPrefix && prefix <= MAX) {
            return new CrossingList(fractions, at, prefix);
        }
        // thresholds passed over (not in ascending order of their instants) or many: an ordinary list
        ThresholdCrossing[] out = new ThresholdCrossing[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            Instant a = at[k];
            if (a != null) {
                out[n++] = new ThresholdCrossing(fractions[k], a);
            }
        }
        return List.of(Arrays.copyOf(out, n));
    }

    @Override
    public ThresholdCrossing get(int index) {
        return values()[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<ThresholdCrossing> iterator() {
        // the values never change, so the iterator needs none of AbstractList's modification checks
        return Arrays.asList(values()).iterator();
    }

    @Override
    public Object[] toArray() {
        return values().clone();
    }

    private ThresholdCrossing[] values() {
        // single check: two threads may both build the values, from the same immutable fields, to equal elements
        ThresholdCrossing[] v = values;
        if (v == null) {
            v = new ThresholdCrossing[size];
            v[0] = new ThresholdCrossing(fractions[0], Instant.ofEpochSecond(second0, nano0));
            if (size > 1) {
                v[1] = new ThresholdCrossing(fractions[1], Instant.ofEpochSecond(second1, nano1));
            }
            if (size > 2) {
                v[2] = new ThresholdCrossing(fractions[2], Instant.ofEpochSecond(second2, nano2));
            }
            values = v;
        }
        return v;
    }
}
