package org.itm.examples.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.risk.audit.AuditLog;
import org.itm.risk.audit.AuditOutcome;
import org.itm.risk.cvss.CvssScore;
import org.itm.risk.fair.Estimate;
import org.itm.risk.fair.FairSimulator;
import org.itm.risk.fair.LossDistribution;
import org.itm.risk.fair.LossEventFrequency;
import org.itm.risk.fair.LossMagnitude;
import org.itm.risk.fair.LossScenario;
import org.itm.risk.identity.AccessModel;
import org.itm.risk.identity.Account;
import org.itm.risk.identity.Identity;
import org.itm.risk.identity.IdentityStatus;
import org.itm.risk.identity.IdentityType;
import org.itm.risk.identity.Role;
import org.itm.risk.identity.SodPolicy;
import org.itm.risk.identity.SodViolation;
import org.itm.risk.register.Risk;
import org.itm.risk.register.RiskAppetite;
import org.itm.risk.register.RiskMatrix;
import org.itm.risk.register.RiskRegister;
import org.itm.risk.register.Treatment;
import org.itm.risk.register.TreatmentPlan;
import org.itm.risk.vuln.SystemExposure;
import org.itm.risk.vuln.HumanImpact;
import org.itm.risk.vuln.PatchReport;
import org.itm.risk.vuln.RemediationPolicy;
import org.itm.risk.vuln.RemediationStatus;
import org.itm.risk.vuln.Ssvc;
import org.itm.risk.vuln.Vulnerability;

/** A risk manager's morning: register heat map, a scored vulnerability feed, overdue patches, SoD violations. */
public final class RiskExample {

    private RiskExample() {
    }

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        AuditLog audit = AuditLog.inMemory(clock);

        // 1. A small risk register on the default 5x5 matrix
        RiskRegister register = RiskRegister.create(RiskMatrix.fiveByFive(), new RiskAppetite(Map.of("security", 8), 10));
        register.put(Risk.builder("R1", "Ransomware on file servers", "security", "ciso").inherent(4, 5).residual(3, 4)
                .treatment(TreatmentPlan.of(Treatment.MITIGATE, "immutable backups", LocalDate.of(2026, 2, 15)))
                .review(Period.ofMonths(3), LocalDate.of(2026, 1, 5)).build());
        register.put(Risk.builder("R2", "Phishing of finance staff", "security", "ciso").inherent(4, 3).residual(2, 3)
                .review(Period.ofMonths(3), LocalDate.of(2025, 11, 1)).build());
        register.put(Risk.builder("R3", "Data centre power loss", "availability", "ops").inherent(2, 4)
                .review(Period.ofMonths(6), LocalDate.of(2026, 1, 10)).build());
        register.put(Risk.builder("R4", "Cloud provider outage", "availability", "ops").inherent(3, 4).residual(3, 3)
                .treatment(TreatmentPlan.of(Treatment.TRANSFER, "multi-region", LocalDate.of(2026, 6, 30)))
                .review(Period.ofMonths(6), LocalDate.of(2026, 2, 1)).build());
        System.out.println("== Residual heat map (likelihood x impact) ==");
        System.out.print(register.heatMap(true).render());
        register.aboveAppetite().forEach(b -> System.out.println("above appetite: " + b.risk().id() + " " + b.reason()));
        register.overdueReviews(today).forEach(r -> System.out.println("review overdue: " + r.id() + " since " + r.nextReview()));
        register.overdueTreatments(today).forEach(r -> System.out.println("treatment overdue: " + r.id()));

        // 2. Score a vulnerability feed: CVSS, SSVC priority and SLA status
        String[][] feed = {
                {"V1", "web-1", "CVE-2026-0001", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "2026-02-01"},
                {"V2", "db-1", "CVE-2026-0002", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", "2026-02-20"},
                {"V3", "hr-app", "CVE-2026-0003", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", "2026-01-10"},
                {"V4", "laptop-7", "CVE-2026-0004", "CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N", "2025-12-01"},
        };
        List<Vulnerability> findings = new ArrayList<>();
        System.out.println("\n== Vulnerability feed ==");
        for (String[] f : feed) {
            Vulnerability.Builder b = Vulnerability.builder(f[0], f[1], f[2], Instant.parse(f[4] + "T00:00:00Z"))
                    .cvss(f[3]).exposure(f[1].startsWith("web") ? SystemExposure.OPEN : SystemExposure.CONTROLLED)
                    .assetCriticality(f[1].startsWith("db") ? HumanImpact.HIGH : HumanImpact.MEDIUM);
            if (f[0].equals("V1")) {
                b.kev(LocalDate.of(2026, 2, 21)).automatable(true);
            }
            Vulnerability v = b.build();
            findings.add(v);
            CvssScore s = v.cvss().orElseThrow().score();
            System.out.printf("%s %s %-8s %4s %-8s SSVC %s%n", v.id(), v.cve(), v.assetId(), s.score(), s.severity(),
                    Ssvc.deployerPriority(v).explain());
        }
        PatchReport report = PatchReport.evaluate(findings, RemediationPolicy.defaults(), List.of(), clock);
        System.out.println("\n== Overdue patches ==");
        for (RemediationStatus s : report.overdue()) {
            System.out.println(s.vulnerability().id() + " on " + s.vulnerability().assetId() + ": " + s.reason());
            audit.record("patch-bot", "sla.breach", s.vulnerability().id(), AuditOutcome.FAILURE, Map.of());
        }
        System.out.println("patch compliance " + report.compliancePercent() + " %");

        // 3. Segregation of duties, also through nested roles
        List<Identity> people = List.of(
                new Identity("alice", "Alice", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "ap-clerk", Optional.of("cfo")),
                new Identity("bob", "Bob", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "ap-clerk", Optional.of("cfo")));
        List<Role> roles = List.of(Role.of("ap-clerk", "erp:enter-invoice", "erp:pay-vendor"),
                Role.of("vendor-admin", "erp:create-vendor"),
                new Role("finance-power", Set.of("erp:reports"), Set.of("vendor-admin")));
        List<Account> accounts = List.of(
                new Account("acc-alice", "erp", Optional.of("alice"), true, Optional.of(now), Set.of(), Set.of("ap-clerk", "finance-power")),
                new Account("acc-bob", "erp", Optional.of("bob"), true, Optional.of(now), Set.of(), Set.of("ap-clerk")));
        AccessModel access = AccessModel.of(people, accounts, roles);
        System.out.println("\n== SoD violations ==");
        for (SodViolation v : access.sodViolations(List.of(SodPolicy.between("SOD-1", "create vendor vs pay vendor",
                "erp:create-vendor", "erp:pay-vendor")))) {
            System.out.println(v.explain());
        }

        // 4. What R1 could cost per year (FAIR, seeded)
        LossScenario ransomware = new LossScenario("R1", LossEventFrequency.ofThreat(Estimate.pert(1, 4, 12), Estimate.pert(0.05, 0.15, 0.3)),
                new LossMagnitude(Estimate.pert(20_000, 80_000, 400_000), 0.3, Estimate.lognormal(50_000, 1_000_000)));
        LossDistribution d = FairSimulator.create(100_000, 2026).simulate(ransomware);
        System.out.printf("%nR1 annual loss: mean %.0f, p90 %.0f, VaR95 %.0f%n", d.mean(), d.percentile(90), d.valueAtRisk(0.95));
        System.out.println("audit log: " + audit.size() + " entries, root " + audit.checkpoint().rootHash().hex().substring(0, 16)
                + "..., " + audit.verify().reason());
    }
}
