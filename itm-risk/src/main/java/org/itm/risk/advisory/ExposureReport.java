package org.itm.risk.advisory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.CvssVector;
import org.itm.risk.inventory.SoftwareInventory;
import org.itm.risk.vuln.KevEntry;
import org.itm.risk.vuln.PatchReport;
import org.itm.risk.vuln.RemediationPolicy;
import org.itm.risk.vuln.RemediationStatus;
import org.itm.risk.vuln.Ssvc;
import org.itm.risk.vuln.Vulnerability;

/**
 * Which components of an inventory are affected by which advisories ({@link #findings()}), and which could not be
 * checked ({@link #unchecked()}). Turn it into {@link Vulnerability} findings with {@link #vulnerabilities} or
 * straight into a deadline-ordered plan with {@link #patchPlan}.
 *
 * @param inventory         the inventory matched
 * @param findings          affected components, one per component and advisory
 * @param unchecked         components (or component-advisory pairs) that could not be decided, with reasons
 * @param componentsChecked components that had a usable identifier and version
 * @since 0.1
 */
public record ExposureReport(SoftwareInventory inventory, List<ExposureFinding> findings,
                             List<UncheckedComponent> unchecked, int componentsChecked) {

    /**
     * Checks the components and copies the collections.
     *
     * @param inventory         the inventory matched
     * @param findings          affected components, one per component and advisory
     * @param unchecked         components (or component-advisory pairs) that could not be decided, with reasons
     * @param componentsChecked components that had a usable identifier and version
     * @throws org.itm.core.ItmValidationException naming {@code inventory}, {@code findings} or {@code unchecked} when
     *                                             null; {@code componentsChecked} when negative
     */
    public ExposureReport {
        Checks.notNull(inventory, "inventory");
        findings = List.copyOf(Checks.notNull(findings, "findings"));
        unchecked = List.copyOf(Checks.notNull(unchecked, "unchecked"));
        Checks.notNegative(componentsChecked, "componentsChecked");
    }

    /**
     * The findings whose advisories name no CVE: they cannot become {@link Vulnerability} records (which are keyed
     * by CVE), so they are listed here rather than dropped.
     *
     * @return findings without a CVE id
     */
    public List<ExposureFinding> withoutCve() {
        return findings.stream().filter(f -> f.advisory().cves().isEmpty()).toList();
    }

    /**
     * One vulnerability per CVE on the inventory's CI (several components or advisories with the same CVE are one
     * finding), scored with the highest-version CVSS vector any of its advisories carries, with SSVC inputs and
     * KEV listing from {@code context}.
     *
     * @param context what the SBOM does not say about the system
     * @return the vulnerabilities, in order of first finding; id {@code <ciId>:<CVE>}
     */
    public List<Vulnerability> vulnerabilities(ExposureContext context) {
        Checks.notNull(context, "context");
        List<Vulnerability> out = new ArrayList<>();
        for (Map.Entry<String, List<ExposureFinding>> e : byCve().entrySet()) {
            out.add(vulnerability(e.getKey(), e.getValue(), context));
        }
        return out;
    }

    /**
     * What to patch by when: each CVE with its components, CVSS score, SSVC deployer priority and remediation
     * status under {@code policy} at {@code clock}'s instant, earliest deadline first (no deadline last).
     *
     * @param context what the SBOM does not say about the system
     * @param policy  the remediation SLA policy
     * @param clock   the current time
     * @return the plan
     */
    public List<PatchItem> patchPlan(ExposureContext context, RemediationPolicy policy, Clock clock) {
        Checks.notNull(context, "context");
        Checks.notNull(policy, "policy");
        Checks.notNull(clock, "clock");
        Instant now = clock.instant();
        List<PatchItem> plan = new ArrayList<>();
        for (Map.Entry<String, List<ExposureFinding>> e : byCve().entrySet()) {
            List<ExposureFinding> group = e.getValue();
            Vulnerability v = vulnerability(e.getKey(), group, context);
            RemediationStatus status = PatchReport.status(v, policy, Optional.empty(), now);
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            LinkedHashSet<String> components = new LinkedHashSet<>();
            LinkedHashSet<String> fixed = new LinkedHashSet<>();
            for (ExposureFinding f : group) {
                ids.add(f.advisory().id());
                components.add(f.component().label());
                fixed.addAll(f.fixedVersions());
            }
            plan.add(new PatchItem(e.getKey(), List.copyOf(ids), List.copyOf(components), List.copyOf(fixed),
                    v.cvss().map(CvssVector::vectorString), v.cvss().map(c -> c.score().score()), v.severity(),
                    Ssvc.deployerPriority(v), status));
        }
        plan.sort(Comparator.comparing((PatchItem p) -> p.status().due().map(d -> d.due()).orElse(Instant.MAX))
                .thenComparing(p -> p.cvssScore().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
                .thenComparing(PatchItem::cve));
        return plan;
    }

    private Map<String, List<ExposureFinding>> byCve() {
        Map<String, List<ExposureFinding>> byCve = new LinkedHashMap<>();
        for (ExposureFinding f : findings) {
            List<String> cves = f.advisory().cves();
            if (!cves.isEmpty()) {
                byCve.computeIfAbsent(cves.get(0), k -> new ArrayList<>()).add(f);
            }
        }
        return byCve;
    }

    private Vulnerability vulnerability(String cve, List<ExposureFinding> group, ExposureContext context) {
        Optional<CvssVector> cvss = group.stream().map(f -> f.advisory().preferredCvss())
                .flatMap(Optional::stream).max(Comparator.comparing(CvssVector::version));
        Vulnerability.Builder b = Vulnerability.builder(inventory.ciId() + ":" + cve, inventory.ciId(), cve,
                        context.detectedAt())
                .exposure(context.exposure())
                .automatable(context.automatable())
                .assetCriticality(context.criticality())
                .exploitation(context.exploitation());
        cvss.ifPresent(b::cvss);
        Optional<KevEntry> kev = context.kev().flatMap(k -> k.entry(cve));
        // a KEV listing means active exploitation and brings CISA's due date
        kev.ifPresent(k -> b.kev(k.dueDate()));
        return b.build();
    }
}
