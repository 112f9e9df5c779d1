package org.itm.metrics.kpi.internal;

import java.util.Arrays;

/** Dimension values plus window bucket (epoch day of the window's first date). */
final class GroupKey {
    final String[] dims;
    final long bucket;
    private final int hash;

    GroupKey(String[] dims, long bucket) {
        this.dims = dims;
        this.bucket = bucket;
        this.hash = 31 * Arrays.hashCode(dims) + Long.hashCode(bucket);
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
