package org.itm.benchmarks.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceModel;
import org.itm.core.time.TimeInterval;
import org.itm.operations.change.CiTopology;
import org.itm.operations.change.Collision;
import org.itm.operations.change.CollisionDetector;
import org.itm.operations.change.ScheduledChange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 9, §5.3): finding all collisions among 100,000 scheduled changes takes under 1 s. The changes are
 * spread over one year, last 30 min to 8 h, and touch 1–3 of 20,000 CIs in a CI graph where each CI depends on
 * two others; collisions count on the same CI or CIs connected within depth 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChangeCollisionBenchmark {

    private static final int CHANGES = 100_000;
    private static final int CIS = 20_000;

    private List<ScheduledChange> changes;
    private CollisionDetector detector;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        ServiceModel.Builder b = ServiceModel.builder();
        for (int i = 0; i < CIS; i++) {
            b.configurationItem(ConfigurationItem.of("ci-" + i, "server", "server " + i));
        }
        for (int i = 1; i < CIS; i++) {
            b.relationship(Relationship.dependsOn(new CiId("ci-" + i), new CiId("ci-" + r.nextInt(i))));
            if (i > 1) {
                b.relationship(Relationship.runsOn(new CiId("ci-" + i), new CiId("ci-" + r.nextInt(i))));
            }
        }
        detector = CollisionDetector.create(CiTopology.of(b.build()), 1);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        changes = new ArrayList<>(CHANGES);
        for (int i = 0; i < CHANGES; i++) {
            Instant start = base.plus(Duration.ofMinutes(r.nextInt(365 * 24 * 60)));
            TimeInterval w = new TimeInterval(start, start.plus(Duration.ofMinutes(30 + r.nextInt(450))));
            int n = 1 + r.nextInt(3);
            List<String> cis = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                cis.add("ci-" + r.nextInt(CIS));
            }
            changes.add(new ScheduledChange("CHG-" + i, w, cis));
        }
    }

    @Benchmark
    public List<Collision> findAllCollisions() {
        return detector.find(changes);
    }
}
