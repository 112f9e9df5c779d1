package org.itm.benchmarks.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.ClockShare;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim (issue 9, §2.4): 1 million incident timelines (8 events on average) evaluated against 3 SLA definitions in
 * under 2 s on one core, with memory proportional to one timeline. Timelines are generated lazily from a seed,
 * one at a time, so the batch is never held in memory; generation time is included in the figure.
 *
 * <p>A result's clock shares are built on first access; {@link #evaluateMillionTimelinesReadingEveryShare} also
 * reads every share of every result, for consumers that do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaEvaluationBenchmark {

    static final int TIMELINES = 1_000_000;
    private static final Instant BASE = Instant.parse("2026-01-05T07:00:00Z");
    private static final String[] STATES = {"ASSIGNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED",
            "IN_PROGRESS"};
    private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};

    private SlaEngine engine;
    private List<SlaDefinition> definitions;

    @Setup
    public void setUp() {
        BusinessCalendar office = BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        engine = SlaEngine.create(CalendarLookup.of(Map.of("office", office,
                "always", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")))));
        SlaDefinition response = SlaDefinition.builder("response").metric(SlaMetric.RESPONSE).calendar("office")
                .target("P1", SlaTarget.businessTime(Duration.ofMinutes(15)))
                .target("P2", SlaTarget.businessHours(1)).target("P3", SlaTarget.businessHours(4))
                .target("P4", SlaTarget.businessHours(8)).build();
        SlaDefinition resolution = SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION)
                .calendar("office").target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8))
                .target("P3", SlaTarget.businessDays(3)).target("P4", SlaTarget.businessDays(5)).build();
        SlaDefinition critical = SlaDefinition.builder("critical-24x7").metric(SlaMetric.RESOLUTION)
                .calendar("always").target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(12))
                .target("P3", SlaTarget.businessHours(48)).target("P4", SlaTarget.businessHours(120))
                .pauseWhenReasons("AWAITING_CUSTOMER").build();
        definitions = List.of(response, resolution, critical);
    }

    SlaEngine engine() {
        return engine;
    }

    List<SlaDefinition> definitions() {
        return definitions;
    }

    /** The i-th timeline of the batch, generated from its index alone (4–12 events, 8 on average). */
    static SlaTimeline timeline(long i) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        int n = 4 + r.nextInt(9);
        List<SlaEvent> events = new ArrayList<>(n);
        Instant t = BASE.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 120)));
        String priority = PRIORITIES[r.nextInt(PRIORITIES.length)];
        events.add(new SlaEvent(t, "NEW", "", priority));
        for (int k = 1; k < n; k++) {
            t = t.plus(Duration.ofMinutes(1 + r.nextInt(600)));
            String state = STATES[r.nextInt(STATES.length)];
            if (r.nextInt(10) == 0) {
                priority = PRIORITIES[r.nextInt(PRIORITIES.length)];
            }
            events.add(new SlaEvent(t, state, state.equals("ON_HOLD") ? "AWAITING_CUSTOMER" : "", priority));
        }
        return new SlaTimeline("INC-" + i, Map.of(), events);
    }

    /**
     * CPU time of the benchmark method on this thread ({@code ThreadMXBean}), for machines so loaded that JMH's
     * wall-clock figure says more about the neighbours than about the engine:
     * {@code java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.operations.SlaEvaluationBenchmark [runs] [shares]}
     * ({@code shares}: the variant that reads every share).
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean readShares = args.length > 1 && args[1].equals("shares");
        SlaEvaluationBenchmark b = new SlaEvaluationBenchmark();
        b.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= runs; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            if (readShares) {
                b.evaluateMillionTimelinesReadingEveryShare(bh);
            } else {
                b.evaluateMillionTimelinesAgainstThreeSlas(bh);
            }
            System.out.printf("run %d: CPU %.3f s, wall %.3f s%n", r, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (System.nanoTime() - wall) / 1e9);
        }
    }

    @Benchmark
    public void evaluateMillionTimelinesAgainstThreeSlas(Blackhole bh) {
        for (long i = 0; i < TIMELINES; i++) {
            SlaTimeline t = timeline(i);
            Instant at = t.events().get(t.events().size() - 1).at().plus(Duration.ofHours(1));
            List<SlaResult> results = engine.evaluateAll(definitions, t, at);
            bh.consume(results);
        }
    }

    @Benchmark
    public void evaluateMillionTimelinesReadingEveryShare(Blackhole bh) {
        for (long i = 0; i < TIMELINES; i++) {
            SlaTimeline t = timeline(i);
            Instant at = t.events().get(t.events().size() - 1).at().plus(Duration.ofHours(1));
            for (SlaResult r : engine.evaluateAll(definitions, t, at)) {
                for (ClockShare share : r.shares()) {
                    bh.consume(share);
                }
            }
        }
    }
}
