package org.itm.operations.sla.internal;

import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.itm.operations.sla.ClockShare;
import org.jspecify.annotations.Nullable;

/**
 * The clock shares of one result, kept as the tracker found them (a key and business nanoseconds per share) and
 * turned into {@link ClockShare} values on first access. Most batch consumers read a result's status and breach
 * and never its shares, so evaluating them eagerly would spend most of a result's allocations on values nobody
 * reads. Immutable and safe to share between threads: every thread that materializes builds equal values.
 */
public final class ClockShareList extends AbstractList<ClockShare> implements RandomAccess {

    private final CompiledSla.StateKey[] keys;
    private final long[] nanos;
    private @Nullable List<ClockShare> values;

    ClockShareList(CompiledSla.StateKey[] keys, long[] nanos) {
        this.keys = keys;
        this.nanos = nanos;
    }

    @Override
    public ClockShare get(int index) {
        return values().get(index);
    }

    @Override
    public int size() {
        return keys.length;
    }

    private List<ClockShare> values() {
        // racy single check: a thread may build the list twice, but always from the same immutable arrays
        List<ClockShare> v = values;
        if (v == null) {
            ClockShare[] out = new ClockShare[keys.length];
            for (int k = 0; k < keys.length; k++) {
                out[k] = new ClockShare(keys[k].state, keys[k].reason, keys[k].mode, Duration.ofNanos(nanos[k]));
            }
            v = List.of(out);
            values = v;
        }
        return v;
    }
}
