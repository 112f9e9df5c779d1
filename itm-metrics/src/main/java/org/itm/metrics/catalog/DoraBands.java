package org.itm.metrics.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.Direction;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;

/**
 * Performance bands of the DORA four keys, as data: start from {@link #published()} or read your own with
 * {@link #fromJson(String)} (the clusters move from one yearly report to the next).
 *
 * <p>Units match {@link DoraKpis}: deployments per day, lead time and recovery time in hours, change failure rate
 * in percent.
 *
 * @param deploymentFrequency bounds in deployments per day (higher is better)
 * @param leadTime            bounds in hours from commit to production (lower is better)
 * @param changeFailureRate   bounds in percent of deployments causing a failure (lower is better)
 * @param recoveryTime        bounds in hours to recover from a failed deployment (lower is better)
 */
public record DoraBands(BandBounds deploymentFrequency, BandBounds leadTime, BandBounds changeFailureRate,
                        BandBounds recoveryTime) {

    public DoraBands {
        Checks.notNull(deploymentFrequency, "deploymentFrequency");
        Checks.notNull(leadTime, "leadTime");
        Checks.notNull(changeFailureRate, "changeFailureRate");
        Checks.notNull(recoveryTime, "recoveryTime");
        Checks.require(deploymentFrequency.direction() == Direction.HIGHER_IS_BETTER, "deploymentFrequency.direction",
                "must be HIGHER_IS_BETTER");
        Checks.require(leadTime.direction() == Direction.LOWER_IS_BETTER, "leadTime.direction",
                "must be LOWER_IS_BETTER");
        Checks.require(changeFailureRate.direction() == Direction.LOWER_IS_BETTER, "changeFailureRate.direction",
                "must be LOWER_IS_BETTER");
        Checks.require(recoveryTime.direction() == Direction.LOWER_IS_BETTER, "recoveryTime.direction",
                "must be LOWER_IS_BETTER");
    }

    /**
     * The software delivery performance clusters of the 2023 Accelerate State of DevOps Report (DORA), with the
     * report's ranges turned into cut-offs: elite deploys on demand (at least daily), lead time under a day,
     * change failure rate 5 %, recovery under an hour; high deploys between daily and weekly, lead time up to a
     * week, 10 %, recovery under a day; medium deploys between weekly and monthly, lead time up to a month, 15 %,
     * recovery up to a week; anything worse is low.
     */
    public static DoraBands published() {
        return new DoraBands(
                new BandBounds(Direction.HIGHER_IS_BETTER, 1.0, 1.0 / 7, 1.0 / 30),
                new BandBounds(Direction.LOWER_IS_BETTER, 24, 24 * 7, 24 * 30),
                new BandBounds(Direction.LOWER_IS_BETTER, 5, 10, 15),
                new BandBounds(Direction.LOWER_IS_BETTER, 1, 24, 24 * 7));
    }

    public static DoraBands fromJson(String json) {
        return ItmJson.fromJson(json, DoraBands.class);
    }

    public String toJson() {
        return ItmJson.toJson(this);
    }

    public BandBounds bounds(DoraMetric metric) {
        return switch (Checks.notNull(metric, "metric")) {
            case DEPLOYMENT_FREQUENCY -> deploymentFrequency;
            case LEAD_TIME -> leadTime;
            case CHANGE_FAILURE_RATE -> changeFailureRate;
            case FAILED_DEPLOYMENT_RECOVERY_TIME -> recoveryTime;
        };
    }

    /** The band of {@code value} for {@code metric}. */
    public DoraBand band(DoraMetric metric, double value) {
        return bounds(metric).band(value);
    }

    /** Classifies one KPI value of {@code metric}. */
    public DoraClassification classify(DoraMetric metric, KpiResult result) {
        BandBounds b = bounds(metric);
        DoraBand band = b.band(result.value());
        String op = b.direction() == Direction.HIGHER_IS_BETTER ? ">=" : "<=";
        String not = b.direction() == Direction.HIGHER_IS_BETTER ? "<" : ">";
        String why = switch (band) {
            case ELITE -> fmt(result.value()) + " " + op + " elite " + fmt(b.elite());
            case HIGH -> fmt(result.value()) + " " + op + " high " + fmt(b.high());
            case MEDIUM -> fmt(result.value()) + " " + op + " medium " + fmt(b.medium());
            case LOW -> fmt(result.value()) + " " + not + " medium " + fmt(b.medium());
        };
        return new DoraClassification(metric, result, band, why);
    }

    /** Every value of the four DORA KPIs in {@code results}, classified. */
    public List<DoraClassification> classifyAll(KpiResults results) {
        List<DoraClassification> out = new ArrayList<>();
        for (DoraMetric m : DoraMetric.values()) {
            for (KpiResult r : results.forKpi(m.kpiId())) {
                out.add(classify(m, r));
            }
        }
        return out;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }
}
