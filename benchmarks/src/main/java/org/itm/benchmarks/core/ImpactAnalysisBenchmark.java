package org.itm.benchmarks.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.CriticalityTier;
import org.itm.core.service.Reachability;
import org.itm.core.service.Relationship;
import org.itm.core.service.RelationshipType;
import org.itm.core.service.Service;
import org.itm.core.service.ServiceId;
import org.itm.core.service.ServiceKind;
import org.itm.core.service.ServiceModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target (issue 2, §2.3): with 100k CIs and 500k relationships, the impact of one CI takes &lt; 10 ms.
 *
 * <p>The graph is random (seeded): 100,000 CIs, 1,000 services (half business) that each depend on 3 random
 * CIs, and random typed CI→CI relationships up to 500,000 relationships in total. With an average out-degree of
 * 5 almost every CI reaches almost every other, so a failure's impact spans nearly the whole graph: the worst
 * case for a traversal. Each invocation analyses a different CI and asks for the affected business services.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ImpactAnalysisBenchmark {

    private static final List<CriticalityTier> TIERS = List.of(CriticalityTier.TIER_1, CriticalityTier.TIER_2,
            CriticalityTier.TIER_3, CriticalityTier.TIER_4);

    static final int CIS = 100_000;
    static final int SERVICES = 1_000;
    static final int RELATIONSHIPS = 500_000;
    static final long SEED = 20_261_125L;

    private ServiceModel model;
    private CiId[] origins;
    private int next;

    @Setup(Level.Trial)
    public void buildModel() {
        Random random = new Random(SEED);
        ServiceModel.Builder builder = ServiceModel.builder();
        CiId[] cis = new CiId[CIS];
        for (int i = 0; i < CIS; i++) {
            cis[i] = new CiId("ci-" + i);
            builder.configurationItem(new ConfigurationItem(cis[i], i % 10 == 0 ? "server" : "application",
                    "CI " + i, Map.of()));
        }
        Set<Relationship> relationships = new HashSet<>(RELATIONSHIPS * 2);
        for (int s = 0; s < SERVICES; s++) {
            ServiceId id = new ServiceId("svc-" + s);
            builder.service(new Service(id, "Service " + s, s % 2 == 0 ? ServiceKind.BUSINESS : ServiceKind.TECHNICAL,
                    "team-" + (s % 20), TIERS.get(s % TIERS.size())));
            while (relationships.size() < 3 * (s + 1)) {
                relationships.add(Relationship.dependsOn(id, cis[random.nextInt(CIS)]));
            }
        }
        RelationshipType[] types = RelationshipType.values();
        while (relationships.size() < RELATIONSHIPS) {
            int a = random.nextInt(CIS);
            int b = random.nextInt(CIS);
            if (a != b) {
                relationships.add(new Relationship(cis[a], types[random.nextInt(types.length)], cis[b]));
            }
        }
        List<Relationship> ordered = new ArrayList<>(relationships);
        model = builder.relationships(ordered).build();
        origins = new CiId[1024];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = cis[random.nextInt(CIS)];
        }
    }

    /** Full impact of one CI failure, then the affected business services (the question users ask). */
    @Benchmark
    public int impactOfOneCiOnBusinessServices() {
        Reachability impact = model.impactOf(origins[next++ & (origins.length - 1)]);
        return impact.businessServices().size();
    }

    /** The traversal alone: every element affected by one CI failure. */
    @Benchmark
    public int impactOfOneCi() {
        return model.impactOf(origins[next++ & (origins.length - 1)]).size();
    }

    /** Change-collision neighbourhood: everything within 2 relationships of a CI, either direction. */
    @Benchmark
    public int neighbourhoodDepthTwo() {
        return model.neighbourhood(origins[next++ & (origins.length - 1)], 2).size();
    }

    /**
     * Thread CPU time per impact analysis, as a cross-check of the JMH wall-clock figures on a shared machine
     * (time spent waiting for a core does not count):
     * {@code java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.core.ImpactAnalysisBenchmark}.
     */
    public static void main(String[] args) {
        ImpactAnalysisBenchmark benchmark = new ImpactAnalysisBenchmark();
        benchmark.buildModel();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < 500; i++) {
            sink += benchmark.impactOfOneCiOnBusinessServices();
        }
        int ops = 1_000;
        long reached = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            sink += benchmark.impactOfOneCiOnBusinessServices();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        for (int i = 0; i < 100; i++) {
            reached += benchmark.impactOfOneCi();
        }
        System.out.printf("impact of one CI on business services: %.3f ms/op CPU, %.3f ms/op wall, "
                + "%d elements reached on average (%d)%n", cpu / 1e6 / ops, wall / 1e6 / ops, reached / 100, sink);
    }
}
