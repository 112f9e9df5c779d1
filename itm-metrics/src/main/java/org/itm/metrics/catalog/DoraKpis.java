package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.metrics.input.DeploymentRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RatePeriod;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * The DORA four keys over {@link DeploymentRecord}s, windowed by deployment time; classify the values with
 * {@link DoraBands}.
 *
 * @since 0.1
 */
public final class DoraKpis {

    /** Id of "Deployment frequency" (per day, higher is better): Production deployments per day of the window. */
    public static final String DEPLOYMENT_FREQUENCY = "dora.deployment.frequency";
    /**
     * Id of "Lead time for changes" (h, lower is better): Median hours from the first commit of a deployment to its
     * arrival in production.
     */
    public static final String LEAD_TIME = "dora.lead.time";
    /**
     * Id of "Change failure rate" (%, lower is better): Share of deployments that caused a failure in production
     * needing remediation.
     */
    public static final String CHANGE_FAILURE_RATE = "dora.change.failure.rate";
    /**
     * Id of "Failed deployment recovery time" (h, lower is better): Median hours from a failed deployment to
     * restored service, over failed deployments that were restored.
     */
    public static final String RECOVERY_TIME = "dora.failed.deployment.recovery.time";
    /** Calendar days of the window with at least one deployment; read by {@link DoraBands} with the next two. */
    public static final String DEPLOYMENT_DAYS = "dora.deployment.days";
    /** ISO weeks (Monday to Sunday) overlapping the window with at least one deployment inside it. */
    public static final String DEPLOYMENT_WEEKS = "dora.deployment.weeks";
    /** Calendar months overlapping the window with at least one deployment inside it. */
    public static final String DEPLOYMENT_MONTHS = "dora.deployment.months";

    private DoraKpis() {
    }

    /**
     * The schema counting calendar periods in UTC: {@code schema(ZoneOffset.UTC)}. Use {@link #schema(ZoneId)} with
     * the zone of the catalog's windows otherwise (creating the engine fails when the zones differ).
     *
     * @return the deployment schema with calendar periods in UTC
     */
    public static RecordSchema<DeploymentRecord> schema() {
        return schema(ZoneOffset.UTC);
    }

    /**
     * Dimensions {@code service, team} and the deployment's day, ISO week and month in {@code zone} (named
     * {@code deployedDay@<zone>}, {@code deployedWeek@<zone>}, {@code deployedMonth@<zone>} so that a catalog for
     * another zone cannot silently count periods in this one); measures {@code leadTimeHours, recoveryHours}; flags
     * {@code failed, restored}; time {@code deployed}.
     *
     * @param zone the team's zone, the same as the catalog windows'
     * @return the deployment schema for catalogs windowed in {@code zone}
     */
    public static RecordSchema<DeploymentRecord> schema(ZoneId zone) {
        Checks.notNull(zone, "zone");
        return RecordSchema.<DeploymentRecord>builder("deployment")
                .dimension("service", DeploymentRecord::service)
                .dimension("team", DeploymentRecord::team)
                .dimension(periodField("deployedDay", zone), d -> localDate(d, zone).toString())
                .dimension(periodField("deployedWeek", zone), d -> {
                    LocalDate day = localDate(d, zone);
                    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                })
                .dimension(periodField("deployedMonth", zone), d -> YearMonth.from(localDate(d, zone)).toString())
                .measure("leadTimeHours", d -> hours(d.leadTime()))
                .measure("recoveryHours", d -> d.recoveryTime().map(DoraKpis::hours).orElse(Double.NaN))
                .flag("failed", DeploymentRecord::failed)
                .flag("restored", d -> d.restored().isPresent())
                .time("deployed", d -> Optional.of(d.deployed()))
                .build();
    }

    private static LocalDate localDate(DeploymentRecord d, ZoneId zone) {
        return LocalDate.ofInstant(d.deployed(), zone);
    }

    /** A period dimension's name for {@code zone}, normalised so that {@code UTC} and {@code Z} are one zone. */
    static String periodField(String period, ZoneId zone) {
        return period + "@" + zone.normalized().getId();
    }

    private static double hours(Duration d) {
        return d.toMillis() / 3_600_000.0;
    }

    /**
     * The four keys per service and calendar month in {@code zone}, with the days, weeks and months that had a
     * deployment, from which {@link DoraBands} classifies deployment frequency by calendar period.
     *
     * @param zone where months begin; give the schema the same zone
     * @return the definitions; pass them with {@link #schema(ZoneId)} to {@code KpiEngine.create}
     */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("service"), TimeWindow.month(zone));
    }

    /**
     * The same KPIs grouped and windowed as you choose, e.g. per team and quarter.
     *
     * @param dimensions dimensions of the schema to group by, e.g. {@code List.of("team")}
     * @param window the time windows; its zone must be the schema's
     * @return the definitions
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(DEPLOYMENT_FREQUENCY, "Deployment frequency", "per day", KpiDirection.HIGHER_IS_BETTER, dimensions,
                        window, "deployed", "Production deployments per day of the window.")
                        .rate(RatePeriod.DAY).build(),
                kpi(LEAD_TIME, "Lead time for changes", "h", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "deployed", "Median hours from the first commit of a deployment to its arrival in "
                                + "production.")
                        .median("leadTimeHours").build(),
                kpi(CHANGE_FAILURE_RATE, "Change failure rate", "%", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "deployed", "Share of deployments that caused a failure in production needing "
                                + "remediation.")
                        .ratio("failed").percent().build(),
                kpi(RECOVERY_TIME, "Failed deployment recovery time", "h", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "deployed", "Median hours from a failed deployment to restored service, over "
                                + "failed deployments that were restored.")
                        .median("recoveryHours").filter("failed", "restored").build(),
                kpi(DEPLOYMENT_DAYS, "Days with a deployment", "days", KpiDirection.HIGHER_IS_BETTER, dimensions,
                        window, "deployed", "Calendar days of the window with at least one production deployment.")
                        .distinctCount(periodField("deployedDay", window.zone())).build(),
                kpi(DEPLOYMENT_WEEKS, "Weeks with a deployment", "weeks", KpiDirection.HIGHER_IS_BETTER, dimensions,
                        window, "deployed", "ISO weeks overlapping the window with at least one production "
                                + "deployment inside it.")
                        .distinctCount(periodField("deployedWeek", window.zone())).build(),
                kpi(DEPLOYMENT_MONTHS, "Months with a deployment", "months", KpiDirection.HIGHER_IS_BETTER,
                        dimensions, window, "deployed", "Calendar months overlapping the window with at least one "
                                + "production deployment inside it.")
                        .distinctCount(periodField("deployedMonth", window.zone())).build());
    }
}
