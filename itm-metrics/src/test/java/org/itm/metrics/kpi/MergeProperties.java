package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.itm.metrics.kpi.KpiEngineTest.Ticket;

/** Partial aggregations merge associatively and commutatively: any split and any merge order give one answer. */
class MergeProperties {

    private static final KpiEngine<Ticket> ENGINE = KpiEngine.create(KpiEngineTest.SCHEMA, List.of(
            def("count").count().build(),
            def("sum").sum("hours").build(),
            def("mean").mean("hours").build(),
            def("median").median("hours").build(),
            def("p90").percentile(90, "hours").build(),
            def("ratio").ratio("ok").percent().build(),
            def("distinct").distinctCount("service").dimensions().build(),
            def("rate").rate("hours", RatePeriod.WEEK).build(),
            def("mtbf").timeBetween(RatePeriod.HOUR).build(),
            def("rolling").mean("hours").window(TimeWindow.rollingDays(10, ZoneId.of("UTC"))).build()));

    private static KpiDefinition.Builder def(String id) {
        return KpiDefinition.builder(id).name(id).unit("u").direction(KpiDirection.LOWER_IS_BETTER).timeField("opened")
                .dimensions("service").window(TimeWindow.month(ZoneId.of("America/New_York")));
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        Arbitrary<String> service = Arbitraries.of("a", "b", "c");
        Arbitrary<Instant> opened = Arbitraries.longs().between(0, 120L * 86_400)
                .map(s -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(s));
        Arbitrary<Double> hours = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 500).ofScale(3),
                Arbitraries.doubles().between(0, 1).ofScale(9),
                Arbitraries.of(4e-7, 1e-9, 1e-300, Double.MIN_VALUE),
                Arbitraries.just(-1.0));
        return Combinators.combine(service, opened, hours, Arbitraries.of(true, false)).as(Ticket::new);
    }

    @Property(tries = 200)
    void anySplitAndMergeOrderGivesTheSinglePassResult(
            @ForAll("listOfTickets") List<Ticket> records,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 300) Integer> cuts,
            @ForAll long shuffleSeed,
            @ForAll boolean asTree) {
        KpiResults whole = ENGINE.compute(records);

        List<Integer> points = new ArrayList<>();
        for (int c : cuts) {
            points.add(Math.min(c, records.size()));
        }
        points.add(0);
        points.add(records.size());
        Collections.sort(points);
        List<KpiAggregator<Ticket>> parts = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            parts.add(ENGINE.newAggregator().addAll(records.subList(points.get(i), points.get(i + 1))));
        }
        Collections.shuffle(parts, new Random(shuffleSeed));
        KpiAggregator<Ticket> merged = asTree ? mergeTree(parts) : mergeLeft(parts);

        assertThat(merged.recordCount()).isEqualTo(records.size());
        assertThat(merged.results()).isEqualTo(whole);
    }

    @Property(tries = 100)
    void writtenAndReadStateContinuesAsTheOriginal(@ForAll("listOfTickets") List<Ticket> records,
                                                   @ForAll @IntRange(min = 0, max = 300) int cut) throws Exception {
        int at = Math.min(cut, records.size());
        KpiAggregator<Ticket> first = ENGINE.newAggregator().addAll(records.subList(0, at));
        KpiAggregator<Ticket> restored = roundTrip(first);

        assertThat(restored.recordCount()).isEqualTo(first.recordCount());
        assertThat(restored.stateCount()).isEqualTo(first.stateCount());
        assertThat(restored.results()).isEqualTo(first.results());
        // later adds and merges behave as on the original
        KpiAggregator<Ticket> rest = roundTrip(ENGINE.newAggregator().addAll(records.subList(at, records.size())));
        assertThat(restored.merge(rest).results()).isEqualTo(ENGINE.compute(records));
    }

    @Example
    void histogramStatesSurviveWritingAndReading() throws Exception {
        List<Ticket> many = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 3 * KpiEngine.EXACT_PERCENTILE_LIMIT; i++) {
            double hours = random.nextInt(10) == 0 ? -random.nextDouble() * 5 : random.nextDouble() * 400;
            many.add(new Ticket("a", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * i), hours,
                    random.nextBoolean()));
        }
        KpiAggregator<Ticket> half = roundTrip(ENGINE.newAggregator().addAll(many.subList(0, many.size() / 2)));
        half.addAll(many.subList(many.size() / 2, many.size()));

        assertThat(half.results()).isEqualTo(ENGINE.compute(many));
    }

    @Example
    void stateOfOtherDefinitionsIsRefused() throws Exception {
        KpiEngine<Ticket> other = KpiEngine.create(KpiEngineTest.SCHEMA, List.of(def("count").count().build()));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ENGINE.newAggregator().writeTo(new java.io.DataOutputStream(bytes));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.readAggregator(
                        new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))))
                .isInstanceOf(org.itm.core.ItmValidationException.class)
                .hasMessageContaining("other KPI definitions");
    }

    private static KpiAggregator<Ticket> roundTrip(KpiAggregator<Ticket> a) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        a.writeTo(new java.io.DataOutputStream(bytes));
        return ENGINE.readAggregator(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    }

    @Provide
    Arbitrary<List<Ticket>> listOfTickets() {
        return tickets().list().ofMaxSize(300);
    }

    private static KpiAggregator<Ticket> mergeLeft(List<KpiAggregator<Ticket>> parts) {
        KpiAggregator<Ticket> acc = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            acc = acc.merge(parts.get(i));
        }
        return acc;
    }

    private static KpiAggregator<Ticket> mergeTree(List<KpiAggregator<Ticket>> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int mid = parts.size() / 2;
        return mergeTree(parts.subList(mid, parts.size())).merge(mergeTree(parts.subList(0, mid)));
    }

    @Property(tries = 50)
    void mergingLeavesItsInputsUnchanged(@ForAll("listOfTickets") List<Ticket> a,
                                         @ForAll("listOfTickets") List<Ticket> b) {
        KpiAggregator<Ticket> left = ENGINE.newAggregator().addAll(a);
        KpiAggregator<Ticket> right = ENGINE.newAggregator().addAll(b);
        KpiResults before = left.results();
        left.merge(right);
        assertThat(left.results()).isEqualTo(before);
        assertThat(right.results()).isEqualTo(ENGINE.compute(b));
    }

    private static final KpiEngine<Ticket> PERCENTILES = KpiEngine.create(KpiEngineTest.SCHEMA, List.of(
            def("median").median("hours").dimensions().window(TimeWindow.all()).build(),
            def("p99").percentile(99, "hours").dimensions().window(TimeWindow.all()).build()));

    /** Groups beyond the exact limit use histograms; their merges must be exact too, not merely close. */
    @Property(tries = 20)
    void histogramPercentilesAreTheSameForAnySplitAndMergeOrder(
            @ForAll("manyTickets") List<Ticket> records,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 4000) Integer> cuts,
            @ForAll long shuffleSeed,
            @ForAll boolean asTree) {
        KpiResults whole = PERCENTILES.compute(records);

        List<Integer> points = new ArrayList<>();
        for (int c : cuts) {
            points.add(Math.min(c, records.size()));
        }
        points.add(0);
        points.add(records.size());
        Collections.sort(points);
        List<KpiAggregator<Ticket>> parts = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            parts.add(PERCENTILES.newAggregator().addAll(records.subList(points.get(i), points.get(i + 1))));
        }
        Collections.shuffle(parts, new Random(shuffleSeed));
        KpiAggregator<Ticket> merged = asTree ? mergeTree(parts) : mergeLeft(parts);

        assertThat(whole.values()).allSatisfy(r -> assertThat(r.exact()).isFalse());
        assertThat(merged.results()).isEqualTo(whole);
    }

    @Provide
    Arbitrary<List<Ticket>> manyTickets() {
        return tickets().list().ofMinSize(2 * KpiEngine.EXACT_PERCENTILE_LIMIT).ofMaxSize(4000);
    }
}
