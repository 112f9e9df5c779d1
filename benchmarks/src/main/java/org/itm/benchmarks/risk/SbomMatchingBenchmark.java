package org.itm.benchmarks.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.risk.advisory.AdvisoryIndex;
import org.itm.risk.advisory.Advisory;
import org.itm.risk.advisory.AffectedPackage;
import org.itm.risk.advisory.ExposureReport;
import org.itm.risk.advisory.RangeEvent;
import org.itm.risk.advisory.VersionRange;
import org.itm.risk.cvss.Cvss;
import org.itm.risk.cvss.CvssVector;
import org.itm.risk.inventory.Purl;
import org.itm.risk.inventory.SoftwareComponent;
import org.itm.risk.inventory.SoftwareInventory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 16, §5): matching a 2,000-component SBOM against 100k OSV records takes under 1 s. The records are
 * generated (seeded): 100,000 Maven advisories over 20,000 package names, each with one ECOSYSTEM range of one to
 * three introduced/fixed spans; the SBOM's 2,000 components are Maven packages, half of them named by advisories,
 * at versions that fall inside and outside the ranges. {@code match} uses a prebuilt index; {@code indexAndMatch}
 * builds the index (by ecosystem and name) from the 100k records first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SbomMatchingBenchmark {

    private List<Advisory> advisories;
    private SoftwareInventory inventory;
    private AdvisoryIndex index;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(16);
        CvssVector vector = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        advisories = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            int pkg = random.nextInt(20_000);
            List<RangeEvent> events = new ArrayList<>();
            int spans = 1 + random.nextInt(3);
            for (int s = 0; s < spans; s++) {
                int major = s * 3 + random.nextInt(3);
                events.add(new RangeEvent(RangeEvent.Kind.INTRODUCED, major + ".0.0"));
                events.add(new RangeEvent(RangeEvent.Kind.FIXED, major + "." + (1 + random.nextInt(9)) + "."
                        + random.nextInt(20)));
            }
            AffectedPackage affected = new AffectedPackage("Maven", "org.example.g" + (pkg % 97) + ":artifact-" + pkg,
                    List.of(new VersionRange(VersionRange.Type.ECOSYSTEM, events)), List.of());
            advisories.add(new Advisory("GHSA-gen-" + i, "OSV", List.of("CVE-2026-" + (10_000 + i)), "generated",
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(vector), List.of(affected),
                    List.of()));
        }
        List<SoftwareComponent> components = new ArrayList<>(2_000);
        for (int i = 0; i < 2_000; i++) {
            int pkg = i % 2 == 0 ? random.nextInt(20_000) : 20_000 + i;
            String version = random.nextInt(9) + "." + random.nextInt(10) + "." + random.nextInt(20);
            Purl purl = Purl.parse("pkg:maven/org.example.g" + (pkg % 97) + "/artifact-" + pkg + "@" + version);
            components.add(new SoftwareComponent(purl.toString(), purl.namespace(), purl.name(), purl.version(),
                    Optional.of(purl), Optional.empty()));
        }
        inventory = new SoftwareInventory("bench-service", Optional.empty(), "1.5", components);
        index = AdvisoryIndex.of(advisories);
    }

    @Benchmark
    public ExposureReport match() {
        return index.match(inventory);
    }

    @Benchmark
    public ExposureReport indexAndMatch() {
        return AdvisoryIndex.of(advisories).match(inventory);
    }
}
