package org.itm.examples.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.itm.risk.advisory.AdvisoryImport;
import org.itm.risk.advisory.AdvisoryIndex;
import org.itm.risk.advisory.ExposureContext;
import org.itm.risk.advisory.ExposureReport;
import org.itm.risk.advisory.Osv;
import org.itm.risk.advisory.PatchItem;
import org.itm.risk.inventory.CycloneDx;
import org.itm.risk.inventory.InventoryImport;
import org.itm.risk.vuln.Exploitation;
import org.itm.risk.vuln.SystemExposure;
import org.itm.risk.vuln.HumanImpact;
import org.itm.risk.vuln.RemediationPolicy;

/**
 * From "SBOM + advisories" to "what to patch by when": the CycloneDX SBOM of a Dropwizard 1.3.15 service is
 * matched against OSV advisories; each affected component is printed with its CVSS score, SSVC deployer priority
 * and patch deadline under the default remediation SLA (critical 15 days, high 30, medium 90, low 180).
 */
public final class SbomExposureExample {

    /** When the SBOM was scanned: the SLA clock of every finding starts here. */
    public static final Instant DETECTED = Instant.parse("2026-03-02T09:00:00Z");
    /** The day the plan is printed. */
    public static final Instant TODAY = Instant.parse("2026-03-20T08:00:00Z");

    private static final String BASE = "/org/itm/examples/risk/sbom/";

    private SbomExposureExample() {
    }

    /** The service's SBOM, matched against the example's advisories. */
    public static ExposureReport exposure() {
        InventoryImport sbom = CycloneDx.read(resource("dropwizard-1.3.15.cdx.json"), "orders-api");
        AdvisoryImport advisories = Osv.read(resource("advisories.osv.json"));
        if (!sbom.rejected().isEmpty() || !advisories.rejected().isEmpty()) {
            throw new IllegalStateException("example data rejected: " + sbom.rejected() + advisories.rejected());
        }
        return AdvisoryIndex.of(advisories.accepted()).match(sbom.inventory());
    }

    /** The patch plan: an internet-facing service with public proof-of-concept exploits, medium mission impact. */
    public static List<PatchItem> plan() {
        ExposureContext context = new ExposureContext(DETECTED, SystemExposure.OPEN, false, HumanImpact.MEDIUM,
                Exploitation.PUBLIC_POC, Optional.empty());
        return exposure().patchPlan(context, RemediationPolicy.defaults(), Clock.fixed(TODAY, ZoneOffset.UTC));
    }

    public static void main(String[] args) {
        ExposureReport report = exposure();
        System.out.printf("SBOM of %s: %d components, %d checked, %d findings%n", report.inventory().ciId(),
                report.inventory().components().size(), report.componentsChecked(), report.findings().size());
        report.findings().forEach(f -> System.out.printf("  %-55s %s: %s%n", f.component().label(),
                f.advisory().id(), f.reason()));
        System.out.println();
        System.out.println("What to patch by when (as of " + TODAY + "):");
        for (PatchItem p : plan()) {
            System.out.printf("  %-15s CVSS %s %-8s SSVC %-12s due %s  %-16s %s -> fixed in %s%n", p.cve(),
                    p.cvssScore().map(Object::toString).orElse("-"), p.severity().label(), p.ssvc().outcome(),
                    p.status().due().map(d -> d.due().toString()).orElse("none"), p.status().state(),
                    String.join(", ", p.components()), String.join(" / ", p.fixedVersions()));
        }
    }

    private static String resource(String name) {
        try (InputStream in = SbomExposureExample.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing example resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
