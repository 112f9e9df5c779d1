package org.itm.metrics.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The group index gives the same answers as a {@link HashMap} keyed by the dimension values and bucket: a packed key
 * stands for exactly one (values, bucket), and what was put under it is what is found, whether the values arrive as
 * the same string objects or as equal copies.
 */
class GroupIndexProperties {

    /** One record's key: dimension values (null allowed) and bucket. */
    record Op(List<String> dims, long bucket) {
        String[] array() {
            String[] a = new String[dims.size()];
            for (int i = 0; i < a.length; i++) {
                String d = dims.get(i);
                // a fresh copy half of the time, so look-ups meet equal strings that are not the same object
                a[i] = d == null ? null : (d.length() % 2 == 0 ? new String(d) : d);
            }
            return a;
        }
    }

    private static final String[] POOL = {"a", "bb", "svc-1", "svc-2", "P1", "P2", "", "svc-10", "x", "yy"};

    @Provide
    Arbitrary<List<Op>> ops2() {
        return ops(2);
    }

    static Arbitrary<List<Op>> ops(int dimensions) {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.of(POOL)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().alpha().ofMaxLength(3)));
        Arbitrary<Long> bucket = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(20_000, 20_400)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-5, 5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 1L << 31, -(1L << 31),
                        (1L << 31) - 1, -(1L << 31) - 1, 1L << 40)));
        return Combinators.combine(value.list().ofSize(dimensions), bucket).as(Op::new).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void twoDimensionsFindWhatAMapFinds(@ForAll("ops2") List<Op> ops) {
        check(2, ops);
    }

    @Property(tries = 200)
    void anyNumberOfDimensionsFindsWhatAMapFinds(@ForAll @IntRange(min = 0, max = 6) int dimensions,
                                                 @ForAll long seed) {
        List<Op> ops = ops(dimensions).generator(1000).next(new java.util.Random(seed)).value();
        check(dimensions, ops);
    }

    private static void check(int dimensions, List<Op> ops) {
        GroupIndex index = new GroupIndex(dimensions);
        Map<List<Object>, State[]> reference = new HashMap<>();
        Map<Long, List<Object>> keyOwner = new HashMap<>();
        // values get codes in the order first met, per dimension, up to 2^(31 / dimensions) of them (at most 2^20)
        int limit = dimensions == 0 ? 0 : Math.min(1 << 20, 1 << Math.min(30, 31 / dimensions));
        List<java.util.Set<String>> coded = new ArrayList<>();
        for (int i = 0; i < dimensions; i++) {
            coded.add(new java.util.HashSet<>());
        }
        for (Op op : ops) {
            String[] dims = op.array();
            List<Object> id = new ArrayList<>(Arrays.asList((Object[]) dims));
            id.add(op.bucket());
            long key = index.key(dims, op.bucket());
            boolean packable = op.bucket() == (int) op.bucket();
            for (int i = 0; i < dimensions && packable; i++) {
                String d = dims[i];
                if (d == null || !coded.get(i).contains(d) && coded.get(i).size() >= limit) {
                    packable = false;
                } else {
                    coded.get(i).add(d);
                }
            }
            if (!packable) {
                assertThat(key).isEqualTo(GroupIndex.NO_KEY);
                continue;
            }
            assertThat(key).isNotNegative();
            // one key stands for one (values, bucket) and the same values always get the same key
            List<Object> owner = keyOwner.putIfAbsent(key, id);
            assertThat(owner == null ? id : owner).isEqualTo(id);
            State[] expected = reference.get(id);
            State[] found = index.get(key);
            assertThat(found).isSameAs(expected);
            if (found == null) {
                State[] states = {new State.Count()};
                reference.put(id, states);
                index.put(key, states);
            }
        }
        for (Map.Entry<Long, List<Object>> e : keyOwner.entrySet()) {
            assertThat(index.get(e.getKey())).isSameAs(reference.get(e.getValue()));
        }
    }

    @Example
    void valuesBeyondTheCodeLimitHaveNoCode() {
        GroupIndex.Codes codes = new GroupIndex.Codes(3);
        assertThat(codes.code("a")).isEqualTo(0);
        assertThat(codes.code("b")).isEqualTo(1);
        assertThat(codes.code(new String("a"))).isEqualTo(0);
        assertThat(codes.code("c")).isEqualTo(2);
        assertThat(codes.code("d")).isEqualTo(-1);
        assertThat(codes.code("b")).isEqualTo(1);
        assertThat(codes.code("d")).isEqualTo(-1);
    }

    @Example
    void manyValuesAndGroupsGrowTheTables() {
        GroupIndex index = new GroupIndex(1);
        Map<Long, State[]> put = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = index.key(new String[] {"v" + i}, i % 7);
            assertThat(index.get(key)).isNull();
            State[] s = {new State.Count()};
            index.put(key, s);
            put.put(key, s);
        }
        put.forEach((k, s) -> assertThat(index.get(k)).isSameAs(s));
        assertThat(index.key(new String[] {"v123"}, 123 % 7)).isIn(put.keySet());
    }
}
