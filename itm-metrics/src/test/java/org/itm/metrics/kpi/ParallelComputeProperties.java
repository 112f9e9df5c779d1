package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.itm.core.ItmValidationException;
import org.itm.metrics.kpi.KpiEngineTest.Ticket;

/** Parallel computation equals the single pass exactly, for any chunk count and thread count. */
class ParallelComputeProperties {

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
            def("rolling").mean("hours").window(TimeWindow.rollingDays(10, ZoneId.of("UTC"))).build(),
            def("p99all").percentile(99, "hours").dimensions().window(TimeWindow.all()).build()));

    /** Pools of 1 to 4 threads, shared by every try; index 0 stands for the common pool. */
    private static final List<ExecutorService> POOLS = List.of(Executors.newFixedThreadPool(1),
            Executors.newFixedThreadPool(2), Executors.newFixedThreadPool(3), Executors.newFixedThreadPool(4));

    @AfterContainer
    static void closePools() {
        POOLS.forEach(ExecutorService::shutdownNow);
    }

    private static KpiDefinition.Builder def(String id) {
        return KpiDefinition.builder(id).name(id).unit("u").direction(KpiDirection.LOWER_IS_BETTER).timeField("opened")
                .dimensions("service").window(TimeWindow.month(ZoneId.of("America/New_York")));
    }

    @Provide
    Arbitrary<List<Ticket>> tickets() {
        Arbitrary<String> service = Arbitraries.of("a", "b", "c");
        Arbitrary<Instant> opened = Arbitraries.longs().between(0, 120L * 86_400)
                .map(s -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(s));
        Arbitrary<Double> hours = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 500).ofScale(3),
                Arbitraries.doubles().between(0, 1).ofScale(9),
                Arbitraries.of(4e-7, 1e-9, 1e-300, Double.MIN_VALUE),
                Arbitraries.just(-1.0));
        Arbitrary<Ticket> ticket = Combinators.combine(service, opened, hours, Arbitraries.of(true, false))
                .as(Ticket::new);
        // up to 3000 records, so the all-time p99 passes the exact limit and is estimated from histograms
        return Arbitraries.oneOf(ticket.list().ofMaxSize(200), ticket.list().ofMinSize(1500).ofMaxSize(3000));
    }

    @Property(tries = 60)
    void parallelResultsEqualTheSinglePass(@ForAll("tickets") List<Ticket> records,
                                           @ForAll @IntRange(min = 1, max = 40) int chunks,
                                           @ForAll @IntRange(min = 0, max = 4) int pool) {
        KpiResults sequential = ENGINE.compute(records);

        KpiResults parallel = pool == 0
                ? ENGINE.computeParallel(records, ForkJoinPool.commonPool(), chunks)
                : ENGINE.computeParallel(records, POOLS.get(pool - 1), chunks);

        assertThat(parallel).isEqualTo(sequential);
        assertThat(ENGINE.aggregateParallel(records, POOLS.get(1), chunks).recordCount()).isEqualTo(records.size());
    }

    /**
     * {@code computeParallel}'s parts hold the blocks their tasks happened to take: whichever part each block goes
     * to, and in whatever order the parts are merged, the results are the single pass's.
     */
    @Property(tries = 100)
    void partsOfInterleavedBlocksMergeToTheSinglePass(@ForAll("tickets") List<Ticket> records,
                                                      @ForAll @IntRange(min = 1, max = 400) int blockSize,
                                                      @ForAll @IntRange(min = 1, max = 5) int partCount,
                                                      @ForAll long seed) {
        Random random = new Random(seed);
        List<KpiAggregator<Ticket>> parts = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            parts.add(ENGINE.newAggregator());
        }
        for (int from = 0; from < records.size(); from += blockSize) {
            parts.get(random.nextInt(partCount)).addAll(records.subList(from,
                    Math.min(records.size(), from + blockSize)));
        }
        Collections.shuffle(parts, random);
        KpiAggregator<Ticket> merged = ENGINE.newAggregator();
        for (KpiAggregator<Ticket> part : parts) {
            merged = merged.merge(part);
        }

        assertThat(merged.recordCount()).isEqualTo(records.size());
        assertThat(merged.results()).isEqualTo(ENGINE.compute(records));
    }

    /**
     * The parts are merged group by group on the pool; the state left must be the one merging them one after the
     * other in chunk order leaves, byte for byte. Sorted by time, later chunks hold groups the first lacks.
     */
    @Property(tries = 60)
    void parallelMergeLeavesTheStateOfTheChunkOrderMerge(@ForAll("tickets") List<Ticket> records,
                                                         @ForAll @IntRange(min = 2, max = 40) int chunks,
                                                         @ForAll @IntRange(min = 1, max = 4) int pool,
                                                         @ForAll boolean sortedByTime) throws IOException {
        List<Ticket> input = new ArrayList<>(records);
        if (sortedByTime) {
            input.sort(Comparator.comparing(Ticket::opened));
        }
        int count = Math.min(chunks, input.size());
        KpiAggregator<Ticket> sequential = ENGINE.newAggregator();
        int from = 0;
        for (int c = 0; c < count; c++) {
            // the split of ParallelBatch: sizes differ by at most one, larger chunks first
            int to = from + input.size() / count + (c < input.size() % count ? 1 : 0);
            sequential = sequential.merge(ENGINE.newAggregator().addAll(input.subList(from, to)));
            from = to;
        }

        KpiAggregator<Ticket> parallel = ENGINE.aggregateParallel(input, POOLS.get(pool - 1), chunks);

        assertThat(bytes(parallel)).isEqualTo(bytes(sequential));
        assertThat(parallel.results()).isEqualTo(sequential.results());
    }

    private static byte[] bytes(KpiAggregator<Ticket> aggregator) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        aggregator.writeTo(new DataOutputStream(out));
        return out.toByteArray();
    }

    @Example
    void estimatedPercentilesAreIdenticalOnTheDefaultPool() {
        List<Ticket> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            records.add(new Ticket(List.of("a", "b", "c").get(i % 3),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 517L % (120L * 86_400)),
                    (i * 7919L % 100_003) / 37.0, i % 5 != 0));
        }
        KpiResults sequential = ENGINE.compute(records);

        KpiResults parallel = ENGINE.computeParallel(records);

        assertThat(sequential.total("p99all").orElseThrow().exact()).isFalse();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Example
    void emptyInputGivesTheEmptyResults() {
        assertThat(ENGINE.computeParallel(List.of(), POOLS.get(1), 4)).isEqualTo(ENGINE.compute(List.of()));
    }

    @Example
    void badArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> ENGINE.computeParallel(List.of(), POOLS.get(0), 0))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("chunks"));
        assertThatThrownBy(() -> ENGINE.computeParallel(List.of(), null, 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("executor"));
        assertThatThrownBy(() -> ENGINE.computeParallel(null, POOLS.get(0), 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("records"));
        List<Ticket> withNull = new ArrayList<>(KpiEngineTest.TICKETS);
        withNull.add(3, null);
        assertThatThrownBy(() -> ENGINE.computeParallel(withNull, POOLS.get(1), 3))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("record"));
    }

    @Example
    void theFirstFailingRecordIsReportedAndNoTaskIsLeftRunning() {
        AtomicInteger running = new AtomicInteger();
        RecordSchema<Ticket> failing = RecordSchema.<Ticket>builder("failing")
                .dimension("service", t -> {
                    if (t.service().startsWith("bad")) {
                        throw new IllegalStateException(t.service());
                    }
                    return t.service();
                })
                .measure("hours", t -> {
                    running.incrementAndGet();
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return t.hours();
                })
                .time("opened", t -> Optional.of(t.opened()))
                .build();
        KpiEngine<Ticket> engine = KpiEngine.create(failing, List.of(KpiDefinition.builder("sum").name("sum")
                .unit("h").direction(KpiDirection.LOWER_IS_BETTER).timeField("opened").dimensions("service")
                .window(TimeWindow.all()).sum("hours").build()));
        List<Ticket> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String service = i == 15 ? "bad-first" : i == 35 ? "bad-later" : "ok";
            records.add(new Ticket(service, Instant.parse("2026-01-01T00:00:00Z"), 1, true));
        }

        assertThatThrownBy(() -> engine.computeParallel(records, POOLS.get(3), 4))
                .isInstanceOf(IllegalStateException.class).hasMessage("bad-first");
        assertThat(running).hasValue(0);
    }
}
