package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.metrics.input.CapacityRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.ValueScale;

/**
 * Capacity and availability KPIs over {@link CapacityRecord}s, windowed by the measurement period's start.
 *
 * @since 0.1
 */
public final class CapacityKpis {

    /**
     * Id of "Availability" (%, higher is better): Available minutes over measured minutes; compare with the SLO
     * (target 99.9 by default). Target 99.9; GREEN at or better than 99.9, AMBER at or better than 99.5.
     */
    public static final String AVAILABILITY = "capacity.availability";
    /**
     * Id of "Error budget remaining" (%, higher is better): 100 minus the downtime as a percentage of the downtime
     * the SLO allows; negative when the budget is overspent. Target 25; GREEN at or better than 25, AMBER at or
     * better than 0.
     */
    public static final String ERROR_BUDGET_REMAINING = "capacity.error.budget.remaining";
    /**
     * Id of "Utilisation (95th percentile)" (%, lower is better): 95th percentile of utilisation samples: sustained
     * peak load. Target 70; GREEN at or better than 70, AMBER at or better than 85.
     */
    public static final String UTILISATION_P95 = "capacity.utilisation.p95";
    /**
     * Id of "Forecast accuracy" (%, higher is better): Mean of 100 minus the absolute percentage error of demand
     * forecasts against observed demand. Target 90; GREEN at or better than 90, AMBER at or better than 80.
     */
    public static final String FORECAST_ACCURACY = "capacity.forecast.accuracy";

    private CapacityKpis() {
    }

    /**
     * Dimensions {@code service, resource}; measures {@code periodMinutes, upMinutes, downMinutes,
     * allowedDownMinutes, utilisationPercent, forecastAccuracyPercent}; time {@code periodStart}.
     *
     * @return the schema the catalog's definitions are compiled against
     */
    public static RecordSchema<CapacityRecord> schema() {
        return RecordSchema.<CapacityRecord>builder("capacity")
                .dimension("service", CapacityRecord::service)
                .dimension("resource", CapacityRecord::resource)
                .measure("periodMinutes", CapacityRecord::periodMinutes)
                .measure("upMinutes", c -> c.periodMinutes() - c.downMinutes())
                .measure("downMinutes", CapacityRecord::downMinutes)
                .measure("allowedDownMinutes", CapacityRecord::allowedDownMinutes)
                .measure("utilisationPercent", c -> 100 * c.utilisation())
                .measure("forecastAccuracyPercent", c -> c.forecastAccuracyPercent().orElse(Double.NaN))
                .time("periodStart", c -> Optional.of(c.periodStart()))
                .build();
    }

    /**
     * The capacity KPIs per service and calendar month in {@code zone}.
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
     * @param dimensions dimensions of the schema to group by, e.g. {@code List.of("service", "resource")}
     * @param window the time windows, e.g. a week or a rolling 28 days
     * @return the definitions
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(AVAILABILITY, "Availability", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window, "periodStart",
                        "Available minutes over measured minutes; compare with the SLO (target 99.9 by default).")
                        .sumRatio("upMinutes", "periodMinutes").percent().thresholds(99.9, 99.9, 99.5).build(),
                kpi(ERROR_BUDGET_REMAINING, "Error budget remaining", "%", KpiDirection.HIGHER_IS_BETTER, dimensions,
                        window, "periodStart", "100 minus the downtime as a percentage of the downtime the SLO "
                                + "allows; negative when the budget is overspent.")
                        .sumRatio("downMinutes", "allowedDownMinutes").scale(ValueScale.PERCENT_REMAINING)
                        .thresholds(25, 25, 0).build(),
                kpi(UTILISATION_P95, "Utilisation (95th percentile)", "%", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "periodStart", "95th percentile of utilisation samples: sustained peak load.")
                        .percentile(95, "utilisationPercent").thresholds(70, 70, 85).build(),
                kpi(FORECAST_ACCURACY, "Forecast accuracy", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "periodStart", "Mean of 100 minus the absolute percentage error of demand forecasts "
                                + "against observed demand.")
                        .mean("forecastAccuracyPercent").thresholds(90, 90, 80).build());
    }
}
