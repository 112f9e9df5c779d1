package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.metrics.input.DeploymentRecord;
import org.itm.metrics.kpi.Direction;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RatePeriod;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * The DORA four keys over {@link DeploymentRecord}s, windowed by deployment time; classify the values with
 * {@link DoraBands}.
 */
public final class DoraKpis {

    public static final String DEPLOYMENT_FREQUENCY = "dora.deployment.frequency";
    public static final String LEAD_TIME = "dora.lead.time";
    public static final String CHANGE_FAILURE_RATE = "dora.change.failure.rate";
    public static final String RECOVERY_TIME = "dora.failed.deployment.recovery.time";

    private DoraKpis() {
    }

    /**
     * Dimensions {@code service, team}; measures {@code leadTimeHours, recoveryHours}; flags {@code failed,
     * restored}; time {@code deployed}.
     */
    public static RecordSchema<DeploymentRecord> schema() {
        return RecordSchema.<DeploymentRecord>builder("deployment")
                .dimension("service", DeploymentRecord::service)
                .dimension("team", DeploymentRecord::team)
                .measure("leadTimeHours", d -> hours(d.leadTime()))
                .measure("recoveryHours", d -> d.recoveryTime().map(DoraKpis::hours).orElse(Double.NaN))
                .flag("failed", DeploymentRecord::failed)
                .flag("restored", d -> d.restored().isPresent())
                .time("deployed", d -> Optional.of(d.deployed()))
                .build();
    }

    private static double hours(Duration d) {
        return d.toMillis() / 3_600_000.0;
    }

    /** The four keys per service and calendar month in {@code zone}. */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("service"), TimeWindow.month(zone));
    }

    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(DEPLOYMENT_FREQUENCY, "Deployment frequency", "per day", Direction.HIGHER_IS_BETTER, dimensions,
                        window, "deployed", "Production deployments per day of the window.")
                        .rate(RatePeriod.DAY).build(),
                kpi(LEAD_TIME, "Lead time for changes", "h", Direction.LOWER_IS_BETTER, dimensions, window,
                        "deployed", "Median hours from the first commit of a deployment to its arrival in "
                                + "production.")
                        .median("leadTimeHours").build(),
                kpi(CHANGE_FAILURE_RATE, "Change failure rate", "%", Direction.LOWER_IS_BETTER, dimensions, window,
                        "deployed", "Share of deployments that caused a failure in production needing "
                                + "remediation.")
                        .ratio("failed").percent().build(),
                kpi(RECOVERY_TIME, "Failed deployment recovery time", "h", Direction.LOWER_IS_BETTER, dimensions,
                        window, "deployed", "Median hours from a failed deployment to restored service, over "
                                + "failed deployments that were restored.")
                        .median("recoveryHours").filter("failed", "restored").build());
    }
}
