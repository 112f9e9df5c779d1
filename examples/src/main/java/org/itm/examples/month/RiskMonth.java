package org.itm.examples.month;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.itm.examples.report.HeatMap;
import org.itm.examples.report.LineChart;
import org.itm.examples.report.Point;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.examples.report.ValueFormat;
import org.itm.risk.audit.AuditLog;
import org.itm.risk.audit.AuditOutcome;
import org.itm.risk.audit.VerificationResult;
import org.itm.risk.cvss.CvssScore;
import org.itm.risk.fair.Estimate;
import org.itm.risk.fair.ExceedancePoint;
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
import org.itm.risk.vuln.Exploitation;
import org.itm.risk.vuln.SystemExposure;
import org.itm.risk.vuln.HumanImpact;
import org.itm.risk.vuln.PatchReport;
import org.itm.risk.vuln.RemediationPolicy;
import org.itm.risk.vuln.Ssvc;
import org.itm.risk.vuln.Vulnerability;

/**
 * Risk for the month: the register's heat map, a scored vulnerability feed with SSVC priorities and patch
 * SLAs, segregation-of-duties findings, what the top risk may cost (FAIR) and a verified audit log.
 *
 * @param register   the risk register
 * @param findings   the vulnerability feed of the month
 * @param patches    SLA status of every finding at month end
 * @param sod        segregation-of-duties violations
 * @param ransomware simulated annual loss of the top risk
 * @param audit      verification of the audit log that recorded the month's decisions
 * @param auditSize  number of audit entries
 * @param carried    ids of the risks taken over, still open, from the months before
 */
public record RiskMonth(RiskRegister register, List<Vulnerability> findings, PatchReport patches,
                        List<SodViolation> sod, LossDistribution ransomware, VerificationResult audit,
                        long auditSize, List<String> carried) {

    /** The risk appetite of the register: security 8, availability 10, any other category 12. */
    static final RiskAppetite APPETITE = new RiskAppetite(Map.of("security", 8, "availability", 10), 12);

    public RiskMonth {
        carried = List.copyOf(carried);
    }

    /** Whether {@code risk} is closed: its treatment is completed, so it leaves the register's next months. */
    static boolean isClosed(Risk risk) {
        return risk.treatment().flatMap(TreatmentPlan::completedOn).isPresent();
    }

    // a feed in the proportions a typical scanner reports: about 15 % critical, 35 % high, 40 % medium, 10 % low
    private static final String[] VECTORS = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N",
        "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L",
        "CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N",
    };
    private static final double[] VECTOR_WEIGHTS = {0.10, 0.05, 0.10, 0.10, 0.10, 0.05, 0.15, 0.15, 0.10, 0.10};
    // likelihood and impact of a register: most risks moderate, few at the extremes
    private static final double[] SCALE_WEIGHTS = {0.15, 0.30, 0.30, 0.18, 0.07};

    /** Runs the month's risk review as of {@code monthEnd}, on a new register. */
    public static RiskMonth run(long seed, Instant monthEnd) {
        return run(seed, monthEnd, List.of(), 1);
    }

    /**
     * Runs the month's risk review as of {@code monthEnd}, continuing the risks {@code carried} open from earlier
     * months: each is reviewed, a due treatment is completed two times in three (closing the risk with a lower
     * residual likelihood), and an untreated one gets a plan one time in three. A new register gets 24 risks, a
     * continued one the month's 4 new risks, numbered from {@code firstNewId}.
     */
    public static RiskMonth run(long seed, Instant monthEnd, List<Risk> carried, int firstNewId) {
        Random rnd = new Random(seed);
        Random carriedRnd = new Random(seed + 47);
        Clock clock = Clock.fixed(monthEnd, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(monthEnd, ZoneOffset.UTC);
        AuditLog audit = AuditLog.inMemory(clock);

        RiskRegister register = RiskRegister.create(RiskMatrix.fiveByFive(), APPETITE);
        for (Risk open : carried) {
            register.put(reviewed(carriedRnd, open, today));
            audit.record("risk-office", "risk.reviewed", open.id(), AuditOutcome.SUCCESS, Map.of("carried", "true"));
        }
        String[] categories = {"security", "availability", "compliance", "supplier"};
        int newRisks = carried.isEmpty() && firstNewId == 1 ? 24 : 4;
        for (int i = firstNewId; i < firstNewId + newRisks; i++) {
            int l = 1 + pick(rnd, SCALE_WEIGHTS);
            int im = 1 + pick(rnd, SCALE_WEIGHTS);
            Risk.Builder b = Risk.builder("R" + i, "Risk " + i, categories[rnd.nextInt(categories.length)],
                    "owner-" + (1 + rnd.nextInt(5))).inherent(l, im)
                    .residual(Math.max(1, l - rnd.nextInt(2)), Math.max(1, im - rnd.nextInt(2)))
                    .review(Period.ofMonths(3), today.minusDays(30 + rnd.nextInt(90)));
            if (rnd.nextInt(3) == 0) {
                b.treatment(TreatmentPlan.of(Treatment.MITIGATE, "reduce exposure", today.plusDays(rnd.nextInt(60) - 30)));
            }
            register.put(b.build());
            audit.record("risk-office", "risk.reviewed", "R" + i, AuditOutcome.SUCCESS, Map.of());
        }

        List<Vulnerability> findings = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String asset = (i % 3 == 0 ? "web-" : i % 3 == 1 ? "db-" : "app-") + (1 + rnd.nextInt(4));
            int age = 1 + rnd.nextInt(120);
            Instant detected = monthEnd.minus(Duration.ofDays(age));
            Vulnerability.Builder b = Vulnerability.builder("V" + i, asset, String.format("CVE-2026-%04d", 1000 + i),
                            detected)
                    .cvss(VECTORS[pick(rnd, VECTOR_WEIGHTS)])
                    .exposure(asset.startsWith("web") ? SystemExposure.OPEN : SystemExposure.CONTROLLED)
                    // about one finding in twelve is exploited in the wild, a fifth have a public proof of concept
                    .exploitation(List.of(Exploitation.NONE, Exploitation.PUBLIC_POC, Exploitation.ACTIVE)
                            .get(pick(rnd, new double[] {0.72, 0.20, 0.08})))
                    .assetCriticality(asset.startsWith("db") ? HumanImpact.HIGH : HumanImpact.MEDIUM)
                    .automatable(rnd.nextBoolean());
            // the older a finding, the likelier it has been patched by now
            if (rnd.nextDouble() < Math.min(0.85, age / 45.0)) {
                b.remediatedAt(detected.plus(Duration.ofHours(1 + rnd.nextInt(age * 24))));
            }
            findings.add(b.build());
        }
        PatchReport patches = PatchReport.evaluate(findings, RemediationPolicy.defaults(), List.of(), clock);
        patches.overdue().forEach(s -> audit.record("patch-bot", "sla.breach", s.vulnerability().id(),
                AuditOutcome.FAILURE, Map.of("asset", s.vulnerability().assetId())));

        List<Identity> people = List.of(
                new Identity("alice", "Alice", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "ap-clerk",
                        Optional.of("cfo")),
                new Identity("bob", "Bob", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "ap-clerk",
                        Optional.of("cfo")),
                new Identity("carol", "Carol", IdentityType.CONTRACTOR, IdentityStatus.ACTIVE, "it", "admin",
                        Optional.of("cio")));
        List<Role> roles = List.of(Role.of("ap-clerk", "erp:enter-invoice", "erp:pay-vendor"),
                Role.of("vendor-admin", "erp:create-vendor"),
                new Role("finance-power", Set.of("erp:reports"), Set.of("vendor-admin")),
                Role.of("admin", "erp:create-vendor", "erp:admin"));
        List<Account> accounts = List.of(
                new Account("acc-alice", "erp", Optional.of("alice"), true, Optional.of(monthEnd), Set.of(),
                        Set.of("ap-clerk", "finance-power")),
                new Account("acc-bob", "erp", Optional.of("bob"), true, Optional.of(monthEnd), Set.of(),
                        Set.of("ap-clerk")),
                new Account("acc-carol", "erp", Optional.of("carol"), true, Optional.of(monthEnd),
                        Set.of("erp:pay-vendor"), Set.of("admin")));
        List<SodViolation> sod = AccessModel.of(people, accounts, roles).sodViolations(List.of(
                SodPolicy.between("SOD-1", "create vendor vs pay vendor", "erp:create-vendor", "erp:pay-vendor")));
        sod.forEach(v -> audit.record("iga", "sod.violation", v.identity().id(), AuditOutcome.FAILURE, Map.of()));

        LossScenario ransomware = new LossScenario("R1", LossEventFrequency.ofThreat(Estimate.pert(1, 4, 12),
                Estimate.pert(0.05, 0.15, 0.3)), new LossMagnitude(Estimate.pert(20_000, 80_000, 400_000), 0.3,
                Estimate.lognormal(50_000, 1_000_000)));
        LossDistribution loss = FairSimulator.create(50_000, seed).simulate(ransomware);
        return new RiskMonth(register, findings, patches, sod, loss, audit.verify(), audit.size(),
                carried.stream().map(Risk::id).toList());
    }

    private static Risk reviewed(Random rnd, Risk open, LocalDate today) {
        Optional<TreatmentPlan> plan = open.treatment();
        int likelihood = open.residualLikelihood();
        if (plan.isPresent() && !plan.get().dueDate().isAfter(today) && rnd.nextInt(3) < 2) {
            plan = Optional.of(new TreatmentPlan(plan.get().treatment(), plan.get().plan(), plan.get().dueDate(),
                    Optional.of(today.minusDays(1 + rnd.nextInt(20)))));
            likelihood = Math.max(1, likelihood - 1);
        } else if (plan.isEmpty() && rnd.nextInt(3) == 0) {
            plan = Optional.of(TreatmentPlan.of(Treatment.MITIGATE, "reduce exposure", today.plusDays(rnd.nextInt(45))));
        }
        return new Risk(open.id(), open.title(), open.category(), open.owner(), open.assets(), open.threats(),
                open.inherentLikelihood(), open.inherentImpact(), open.controls(), likelihood, open.residualImpact(),
                plan, open.reviewEvery(), today.minusDays(1 + rnd.nextInt(10)));
    }

    /** An index drawn with the given weights (summing to 1). */
    static int pick(Random rnd, double[] weights) {
        double u = rnd.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The risk section of the report. */
    Section section() {
        org.itm.risk.register.HeatMap heat = register.heatMap(true);
        HeatMap.Builder grid = HeatMap.builder("Residual risk heat map (number of risks)")
                .x("Likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain")
                .y("Impact", "Minimal", "Minor", "Moderate", "Major", "Severe");
        for (int impact = 1; impact <= 5; impact++) {
            int[] row = new int[5];
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                row[likelihood - 1] = heat.count(likelihood, impact);
            }
            grid.row(row);
        }
        List<Point> curve = new ArrayList<>();
        for (ExceedancePoint p : ransomware.exceedanceCurve(25)) {
            if (p.loss() > 0) {
                curve.add(new Point(p.loss(), p.probability()));
            }
        }
        Table.Builder vulns = Table.builder("Vulnerability feed: CVSS and SSVC deployer priority — patch the OVERDUE rows"
                        + " first, then the ones SSVC calls immediate or out-of-cycle, whatever their CVSS")
                .header("Finding", "Asset", "CVE", "CVSS", "Severity", "SSVC", "SLA");
        patches.statuses().forEach(s -> {
            Vulnerability v = s.vulnerability();
            CvssScore score = v.cvss().orElseThrow().score();
            vulns.row(v.id(), v.assetId(), v.cve(), score.score(), score.severity(),
                    Ssvc.deployerPriority(v).outcome(), s.state());
        });
        return Section.builder("risk", "Risk and compliance")
                .tiles(new Tile("Patch compliance", patches.compliancePercent().toPlainString() + "%",
                                patches.compliancePercent().doubleValue() >= 90 ? Rag.GREEN : Rag.RED,
                                patches.overdue().size() + " overdue"),
                        new Tile("Above appetite", String.valueOf(register.aboveAppetite().size()),
                                register.aboveAppetite().isEmpty() ? Rag.GREEN : Rag.AMBER, "risks"),
                        new Tile("SoD violations", String.valueOf(sod.size()), sod.isEmpty() ? Rag.GREEN : Rag.RED,
                                "open"),
                        new Tile("Audit log", audit.valid() ? "verified" : "TAMPERED", audit.valid() ? Rag.GREEN : Rag.RED,
                                auditSize + " entries"))
                .chart(grid.build())
                .chart(LineChart.builder("Ransomware (R1): annual loss exceedance curve, FAIR Monte Carlo")
                        .xAxis("Annual loss (EUR, log scale)").yAxis("Probability of exceeding")
                        .yFormat(ValueFormat.PERCENT).logX(true).step(true)
                        .series("R1", curve).threshold("Appetite 10 %", 0.1).build())
                .paragraph(String.format(Locale.ROOT, "R1 expected annual loss EUR %,.0f; 95 %% value at risk EUR %,.0f.",
                        ransomware.mean(), ransomware.valueAtRisk(0.95)))
                .table(vulns.build())
                .table(sodTable())
                .build();
    }

    private Table sodTable() {
        Table.Builder t = Table.builder("Segregation-of-duties violations — each is a person who can both create and"
                        + " pay a vendor: remove one of the two rights or add a compensating control").header("Identity", "Finding");
        sod.forEach(v -> t.row(v.identity().id(), v.explain()));
        if (sod.isEmpty()) {
            t.row("—", "none");
        }
        return t.build();
    }
}
