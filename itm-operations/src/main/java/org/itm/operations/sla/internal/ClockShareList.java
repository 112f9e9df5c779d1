package org.itm.operations.sla.internal;

import java.time.Duration;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.RandomAccess;
import org.itm.operations.sla.ClockShare;
import org.jspecify.annotations.Nullable;

/**
 * The clock shares of one result, kept as the tracker found them (a key and business nanoseconds per share) and
 * turned into {@link ClockShare} values on first access; the key array may be shared with other results of the same
 * definition (see {@link CompiledSla#keySequence}) and is never written to. Most batch consumers read a result's
 * status and breach and never its shares, so evaluating them eagerly would spend most of a result's allocations on
 * values nobody reads. Immutable and safe to share between threads: every thread that materializes builds equal
 * values.
 */
public final class ClockShareList extends AbstractList<ClockShare> implements RandomAccess {

    private final CompiledSla.StateKey[] keys;
    private final long[] nanos;
    /** Built on first access; volatile, so a thread that sees the array also sees its elements. */
    private volatile ClockShare @Nullable [] values;

    ClockShareList(CompiledSla.StateKey[] keys, long[] nanos) {
        this.keys = keys;
        this.nanos = nanos;
    }

    @Override
    public ClockShare get(int index) {
        return values()[Objects.checkIndex(index, keys.length)];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Iterator<ClockShare> iterator() {
        // the values never change, so the iterator needs none of AbstractList's modification checks
        return Arrays.asList(values()).iterator();
    }

    @Override
    public Object[] toArray() {
        return values().clone();
    }

    private ClockShare[] values() {
        // single check: two threads may both build the values, from the same immutable arrays, to equal elements
        ClockShare[] v = values;
        if (v == null) {
            v = new ClockShare[keys.length];
            for (int k = 0; k < keys.length; k++) {
                v[k] = new ClockShare(keys[k].state, keys[k].reason, keys[k].mode, Duration.ofNanos(nanos[k]));
            }
            values = v;
        }
        return v;
    }
}
