package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.metrics.input.RiskItemRecord;
import org.itm.metrics.input.VulnerabilityRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * Risk KPIs: patch compliance and time to remediate over {@link VulnerabilityRecord}s (windowed by due date and
 * remediation date), and risks above appetite, failing controls and open SoD violations over
 * {@link RiskItemRecord}s at an as-of instant.
 *
 * @since 0.1
 */
public final class RiskKpis {

    /**
     * Id of "Patch compliance within SLA" (%, higher is better): Share of vulnerabilities due in the window that
     * were remediated by their SLA deadline. Target 95; GREEN at or better than 95, AMBER at or better than 85.
     */
    public static final String PATCH_COMPLIANCE = "risk.patch.compliance";
    /**
     * Id of "Mean time to remediate" (d, lower is better): Mean days from detection to remediation of
     * vulnerabilities remediated in the window, per severity.
     */
    public static final String MTTR_BY_SEVERITY = "risk.vulnerability.mttr";
    /**
     * Id of "Risks above appetite" (count, lower is better): Risks whose latest residual score exceeds the appetite
     * of their category. Target 0; GREEN at or better than 0, AMBER at or better than 2.
     */
    public static final String ABOVE_APPETITE = "risk.above.appetite";
    /**
     * Id of "Failing controls" (count, lower is better): Controls whose latest test failed. Target 0; GREEN at or
     * better than 0, AMBER at or better than 2.
     */
    public static final String FAILING_CONTROLS = "risk.controls.failing";
    /**
     * Id of "Open SoD violations" (count, lower is better): Segregation-of-duties violations detected and not
     * resolved by the as-of instant. Target 0; GREEN at or better than 0, AMBER at or better than 1.
     */
    public static final String SOD_OPEN = "risk.sod.open";

    private RiskKpis() {
    }

    /**
     * Dimensions {@code service, severity}; measure {@code daysToRemediate}; flags {@code remediated,
     * remediatedWithinSla}; times {@code due, remediatedAt}.
     *
     * @return the schema of {@link #vulnerabilityCatalog(ZoneId)}
     */
    public static RecordSchema<VulnerabilityRecord> vulnerabilitySchema() {
        return RecordSchema.<VulnerabilityRecord>builder("vulnerability")
                .dimension("service", VulnerabilityRecord::service)
                .dimension("severity", VulnerabilityRecord::severity)
                .measure("daysToRemediate", v -> v.remediated()
                        .map(r -> Duration.between(v.detected(), r).toMillis() / 86_400_000.0).orElse(Double.NaN))
                .flag("remediated", v -> v.remediated().isPresent())
                .flag("remediatedWithinSla", VulnerabilityRecord::remediatedWithinSla)
                .time("due", v -> Optional.of(v.due()))
                .time("remediatedAt", VulnerabilityRecord::remediated)
                .build();
    }

    /**
     * Patch compliance per service and mean time to remediate per severity, per calendar month in {@code zone}.
     *
     * @param zone where months begin
     * @return the definitions
     */
    public static List<KpiDefinition> vulnerabilityCatalog(ZoneId zone) {
        TimeWindow month = TimeWindow.month(zone);
        return List.of(
                kpi(PATCH_COMPLIANCE, "Patch compliance within SLA", "%", KpiDirection.HIGHER_IS_BETTER,
                        List.of("service"), month, "due", "Share of vulnerabilities due in the window that were "
                                + "remediated by their SLA deadline.")
                        .ratio("remediatedWithinSla").percent().thresholds(95, 95, 85).build(),
                kpi(MTTR_BY_SEVERITY, "Mean time to remediate", "d", KpiDirection.LOWER_IS_BETTER, List.of("severity"),
                        month, "remediatedAt", "Mean days from detection to remediation of vulnerabilities "
                                + "remediated in the window, per severity.")
                        .mean("daysToRemediate").filter("remediated").build());
    }

    /**
     * Risk facts at {@code asOf}: dimensions {@code service, owner}; flags {@code aboveAppetite, failingControl,
     * openSodViolation}; time {@code asOf}. Each record should be the latest assessment or test of its item.
     *
     * @param asOf the instant the posture is taken at; facts after it are ignored
     * @return the schema of {@link #postureCatalog(List)}
     * @throws org.itm.core.ItmValidationException if {@code asOf} is null
     */
    public static RecordSchema<RiskItemRecord> postureSchema(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        Optional<Instant> at = Optional.of(asOf);
        return RecordSchema.<RiskItemRecord>builder("risk")
                .dimension("service", RiskItemRecord::service)
                .dimension("owner", RiskItemRecord::owner)
                .flag("aboveAppetite", r -> r.kind() == RiskItemRecord.Kind.RISK && !r.at().isAfter(asOf)
                        && r.score() > r.appetite())
                .flag("failingControl", r -> r.kind() == RiskItemRecord.Kind.CONTROL_TEST && !r.at().isAfter(asOf)
                        && !r.passed())
                .flag("openSodViolation", r -> r.kind() == RiskItemRecord.Kind.SOD_VIOLATION
                        && !r.at().isAfter(asOf) && r.resolved().map(x -> x.isAfter(asOf)).orElse(true))
                .time("asOf", r -> at)
                .build();
    }

    /**
     * Counts at the as-of instant of {@link #postureSchema}, grouped by {@code dimensions}.
     *
     * @param dimensions dimensions of {@link #postureSchema} to group by, e.g. {@code List.of("owner")}
     * @return the counts of risks above appetite, failing controls and open SoD violations
     */
    public static List<KpiDefinition> postureCatalog(List<String> dimensions) {
        TimeWindow all = TimeWindow.all();
        return List.of(
                kpi(ABOVE_APPETITE, "Risks above appetite", "count", KpiDirection.LOWER_IS_BETTER, dimensions, all,
                        "asOf", "Risks whose latest residual score exceeds the appetite of their category.")
                        .count().filter("aboveAppetite").thresholds(0, 0, 2).build(),
                kpi(FAILING_CONTROLS, "Failing controls", "count", KpiDirection.LOWER_IS_BETTER, dimensions, all,
                        "asOf", "Controls whose latest test failed.")
                        .count().filter("failingControl").thresholds(0, 0, 2).build(),
                kpi(SOD_OPEN, "Open SoD violations", "count", KpiDirection.LOWER_IS_BETTER, dimensions, all, "asOf",
                        "Segregation-of-duties violations detected and not resolved by the as-of instant.")
                        .count().filter("openSodViolation").thresholds(0, 0, 1).build());
    }
}
