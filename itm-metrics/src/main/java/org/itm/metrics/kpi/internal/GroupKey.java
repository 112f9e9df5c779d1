package org.itm.metrics.kpi.internal;

import java.util.Arrays;

/**
 * Dimension values plus window bucket (epoch day of the window's first date). Keys stored in a table are never
 * changed; a table owns one extra key it {@link #set}s for each record to look its group up without allocating.
 */
final class GroupKey {
    String[] dims;
    long bucket;
    private int hash;

    GroupKey(String[] dims, long bucket) {
        set(dims, bucket);
    }

    /** Only for a table's look-up key, never for a key held by a map. */
    void set(String[] dims, long bucket) {
        this.dims = dims;
        this.bucket = bucket;
        this.hash = 31 * Arrays.hashCode(dims) + Long.hashCode(bucket);
    }

    /** A key with its own copy of the dimension values, fit to be stored. */
    GroupKey freeze() {
        return new GroupKey(dims.clone(), bucket);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupKey k && k.bucket == bucket && k.hash == hash && Arrays.equals(k.dims, dims);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
