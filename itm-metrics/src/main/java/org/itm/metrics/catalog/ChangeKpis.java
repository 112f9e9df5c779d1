package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.metrics.input.ChangeOutcome;
import org.itm.metrics.input.ChangeRecord;
import org.itm.operations.change.ChangeType;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * Change-enablement KPIs over {@link ChangeRecord}s, windowed by the scheduled implementation time.
 *
 * @since 0.1
 */
public final class ChangeKpis {

    /**
     * Id of "Change success rate" (%, higher is better): Share of attempted changes (successful, failed or backed
     * out) that succeeded. Target 95; GREEN at or better than 95, AMBER at or better than 90.
     */
    public static final String SUCCESS_RATE = "change.success.rate";
    /**
     * Id of "Emergency changes" (%, lower is better): Share of attempted changes that were emergency changes.
     * Target 5; GREEN at or better than 5, AMBER at or better than 10.
     */
    public static final String EMERGENCY_SHARE = "change.emergency.share";
    /**
     * Id of "Failed or backed-out changes" (count, lower is better): Number of changes that failed or were backed
     * out. Target 0; GREEN at or better than 1, AMBER at or better than 3.
     */
    public static final String FAILED = "change.failed";
    /**
     * Id of "Changes" (count, higher is better): Number of changes scheduled in the window, whatever their outcome.
     */
    public static final String VOLUME = "change.volume";

    private ChangeKpis() {
    }

    /**
     * Dimensions {@code service, team, type}; flags {@code attempted, successful, failedOrBackedOut, emergency};
     * time {@code scheduled}.
     *
     * @return the schema the catalog's definitions are compiled against
     */
    public static RecordSchema<ChangeRecord> schema() {
        return RecordSchema.<ChangeRecord>builder("change")
                .dimension("service", ChangeRecord::service)
                .dimension("team", ChangeRecord::team)
                .dimension("type", c -> c.type().name())
                .flag("attempted", c -> c.outcome().attempted())
                .flag("successful", c -> c.outcome() == ChangeOutcome.SUCCESSFUL)
                .flag("failedOrBackedOut", c -> c.outcome() == ChangeOutcome.FAILED
                        || c.outcome() == ChangeOutcome.BACKED_OUT)
                .flag("emergency", c -> c.type() == ChangeType.EMERGENCY)
                .time("scheduled", c -> Optional.of(c.scheduled()))
                .build();
    }

    /**
     * The change KPIs per service and calendar month in {@code zone}.
     *
     * @param zone where months begin
     * @return the definitions; pass them with {@link #schema()} to {@code KpiEngine.create}
     */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("service"), TimeWindow.month(zone));
    }

    /**
     * The same KPIs grouped and windowed as you choose, e.g. per team and week.
     *
     * @param dimensions dimensions of the schema to group by, e.g. {@code List.of("team")}
     * @param window the time windows, e.g. a week or a rolling 28 days
     * @return the definitions
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(VOLUME, "Changes", "count", KpiDirection.HIGHER_IS_BETTER, dimensions, window, "scheduled",
                        "Number of changes scheduled in the window, whatever their outcome.").count().build(),
                kpi(SUCCESS_RATE, "Change success rate", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "scheduled", "Share of attempted changes (successful, failed or backed out) that succeeded.")
                        .ratio("successful").filter("attempted").percent().thresholds(95, 95, 90).build(),
                kpi(EMERGENCY_SHARE, "Emergency changes", "%", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "scheduled", "Share of attempted changes that were emergency changes.")
                        .ratio("emergency").filter("attempted").percent().thresholds(5, 5, 10).build(),
                kpi(FAILED, "Failed or backed-out changes", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "scheduled", "Number of changes that failed or were backed out.")
                        .count().filter("failedOrBackedOut").thresholds(0, 1, 3).build());
    }
}
