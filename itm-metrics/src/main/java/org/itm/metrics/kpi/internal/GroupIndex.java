package org.itm.metrics.kpi.internal;

import org.jspecify.annotations.Nullable;

/**
 * A table's per-record way to its groups: each dimension value gets a small code (the order in which distinct
 * values were first met), and the codes and the window bucket are packed into one {@code long} looked up in an
 * open-addressing table. It answers with the same state arrays as the table's map, which stays the record of the
 * groups: the index only remembers what it was told by {@link #put}, so a miss means "ask the map", never "absent".
 *
 * <p>Dimension values are compared by reference first and by {@link String#equals} after, so records that share
 * their strings (the usual case: values read once and repeated) are placed without comparing text. Keys that do
 * not fit (a null value, more distinct values than the codes' bits hold, a bucket beyond an {@code int}) have no
 * packed form; {@link #key} returns {@link #NO_KEY} for them and the table uses its map alone.
 */
final class GroupIndex {

    /** What {@link #key} returns for a key without a packed form; packed keys are never negative. */
    static final long NO_KEY = -1;

    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;
    private static final int MAX_CAPACITY = 1 << 30;
    /** At most this many values of one dimension get codes: the index must not double a huge map's memory. */
    private static final int MAX_CODES = 1 << 20;

    private final Codes[] codes;
    private final int bitsPerDimension;

    private long[] keys;
    private @Nullable State[][] values;
    private int size;
    private int shift;

    /**
     * @param dimensions the number of dimension values per key
     */
    GroupIndex(int dimensions) {
        this.codes = new Codes[dimensions];
        // 31 bits for the codes, so that a packed key is never negative
        this.bitsPerDimension = dimensions == 0 ? 0 : 31 / dimensions;
        for (int i = 0; i < dimensions; i++) {
            codes[i] = new Codes(Math.min(MAX_CODES, 1 << Math.min(bitsPerDimension, 30)));
        }
        this.keys = new long[16];
        this.values = new State[16][];
        this.shift = 64 - 4;
    }

    /** The packed form of ({@code dims}, {@code bucket}), or {@link #NO_KEY}. */
    long key(@Nullable String[] dims, long bucket) {
        if (bucket != (int) bucket) {
            return NO_KEY;
        }
        long packed = 0;
        for (int i = 0; i < dims.length; i++) {
            String d = dims[i];
            if (d == null) {
                return NO_KEY;
            }
            int c = codes[i].code(d);
            if (c < 0) {
                return NO_KEY;
            }
            packed = (packed << bitsPerDimension) | c;
        }
        return (packed << 32) | (bucket & 0xFFFF_FFFFL);
    }

    /** The states remembered for {@code key} (not {@link #NO_KEY}), or null. */
    State @Nullable [] get(long key) {
        long[] k = keys;
        @Nullable State[][] v = values;
        int mask = k.length - 1;
        int i = (int) ((key * GOLDEN) >>> shift);
        while (true) {
            State[] s = v[i];
            if (s == null) {
                return null;
            }
            if (k[i] == key) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    /** Remembers the states of {@code key} (not {@link #NO_KEY}, not yet remembered). */
    void put(long key, State[] states) {
        if (2 * (size + 1) > keys.length) {
            if (keys.length >= MAX_CAPACITY) {
                return; // full: further groups are found through the map
            }
            grow();
        }
        insert(key, states);
        size++;
    }

    private void insert(long key, State[] states) {
        int mask = keys.length - 1;
        int i = (int) ((key * GOLDEN) >>> shift);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = states;
    }

    private void grow() {
        long[] oldKeys = keys;
        @Nullable State[][] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new State[oldKeys.length * 2][];
        shift--;
        for (int i = 0; i < oldKeys.length; i++) {
            State[] s = oldValues[i];
            if (s != null) {
                insert(oldKeys[i], s);
            }
        }
    }

    /** Codes of one dimension's values, up to a limit; values met beyond it have none. */
    static final class Codes {
        private final int limit;
        private @Nullable String[] values = new String[16];
        private int[] codes = new int[16];
        private int size;
        private int shift = 32 - 4;

        Codes(int limit) {
            this.limit = limit;
        }

        /** The code of {@code value}, given it on first sight; -1 once {@code limit} values have codes. */
        @SuppressWarnings("ReferenceEquality") // the reference test is the fast path; equals decides
        int code(String value) {
            @Nullable String[] v = values;
            int mask = v.length - 1;
            int i = (value.hashCode() * 0x9E37_79B9) >>> shift;
            while (true) {
                String s = v[i];
                if (s == value) {
                    return codes[i];
                }
                if (s == null) {
                    return add(value, i);
                }
                if (s.equals(value)) {
                    return codes[i];
                }
                i = (i + 1) & mask;
            }
        }

        private int add(String value, int free) {
            if (size >= limit) {
                return -1;
            }
            int c = size++;
            values[free] = value;
            codes[free] = c;
            if (2 * size > values.length) {
                grow();
            }
            return c;
        }

        private void grow() {
            @Nullable String[] oldValues = values;
            int[] oldCodes = codes;
            values = new String[oldValues.length * 2];
            codes = new int[oldValues.length * 2];
            shift--;
            int mask = values.length - 1;
            for (int j = 0; j < oldValues.length; j++) {
                String s = oldValues[j];
                if (s != null) {
                    int i = (s.hashCode() * 0x9E37_79B9) >>> shift;
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    values[i] = s;
                    codes[i] = oldCodes[j];
                }
            }
        }
    }
}
