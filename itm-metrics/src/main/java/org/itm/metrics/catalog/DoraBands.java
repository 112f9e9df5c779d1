package org.itm.metrics.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.WindowRange;

/**
 * Performance bands of the DORA four keys, as data: start from {@link #published()} or read your own with
 * {@link #fromJson(String)} (the clusters move from one yearly report to the next).
 *
 * <p>Units match {@link DoraKpis}: lead time and recovery time in hours, change failure rate in percent. Deployment
 * frequency is not a per-day rate against fixed cut-offs (once a month is 1/31 per day in January and 1/28 in
 * February): it is classified by the calendar days, weeks and months in which the team deployed (see
 * {@link DeploymentCadence}), from the period counts {@link DoraKpis#catalog} computes beside the rate, so only
 * {@link #classifyAll} and {@link #classifyDeploymentFrequency} classify it.
 *
 * @param deploymentFrequency shares of calendar periods with a deployment needed per band
 * @param leadTime            bounds in hours from commit to production (lower is better)
 * @param changeFailureRate   bounds in percent of deployments causing a failure (lower is better)
 * @param recoveryTime        bounds in hours to recover from a failed deployment (lower is better)
 * @since 0.1
 */
public record DoraBands(DeploymentCadence deploymentFrequency, BandBounds leadTime, BandBounds changeFailureRate,
                        BandBounds recoveryTime) {

    /**
     * Bands of the four keys.
     *
     * @param deploymentFrequency shares of calendar periods with a deployment needed per band
     * @param leadTime bounds in hours from commit to production (lower is better)
     * @param changeFailureRate bounds in percent of deployments causing a failure (lower is better)
     * @param recoveryTime bounds in hours to recover from a failed deployment (lower is better)
     * @throws org.itm.core.ItmValidationException if an argument is null, or a time or rate key is not
     *        lower-is-better
     */
    public DoraBands {
        Checks.notNull(deploymentFrequency, "deploymentFrequency");
        Checks.notNull(leadTime, "leadTime");
        Checks.notNull(changeFailureRate, "changeFailureRate");
        Checks.notNull(recoveryTime, "recoveryTime");
        Checks.require(leadTime.direction() == KpiDirection.LOWER_IS_BETTER, "leadTime.direction",
                "must be LOWER_IS_BETTER");
        Checks.require(changeFailureRate.direction() == KpiDirection.LOWER_IS_BETTER, "changeFailureRate.direction",
                "must be LOWER_IS_BETTER");
        Checks.require(recoveryTime.direction() == KpiDirection.LOWER_IS_BETTER, "recoveryTime.direction",
                "must be LOWER_IS_BETTER");
    }

    /**
     * The software delivery performance clusters of the 2023 Accelerate State of DevOps Report (DORA), with the
     * report's ranges turned into cut-offs: elite deploys on demand (on most days), lead time under a day,
     * change failure rate 5 %, recovery under an hour; high deploys between once per day and once per week (in most
     * weeks), lead time up to a week, 10 %, recovery under a day; medium deploys between once per week and once per
     * month (in most months), lead time up to a month, 15 %, recovery up to a week; anything worse is low. "Most"
     * is at least half ({@link DeploymentCadence#typicalPeriod()}): the median period had a deployment.
     *
     * @return the bands of the 2023 report
     */
    public static DoraBands published() {
        return new DoraBands(
                DeploymentCadence.typicalPeriod(),
                new BandBounds(KpiDirection.LOWER_IS_BETTER, 24, 24 * 7, 24 * 30),
                new BandBounds(KpiDirection.LOWER_IS_BETTER, 5, 10, 15),
                new BandBounds(KpiDirection.LOWER_IS_BETTER, 1, 24, 24 * 7));
    }

    /**
     * Reads bands kept as data, e.g. the clusters of a later report.
     *
     * @param json the four properties of this record, as {@link #toJson()} writes them
     * @return the validated bands
     * @throws ItmValidationException naming the JSON path of every bad property
     */
    public static DoraBands fromJson(String json) {
        return ItmJson.fromJson(json, DoraBands.class);
    }

    /**
     * Writes these bands for storing or editing.
     *
     * @return JSON that {@link #fromJson(String)} reads back into equal bands
     */
    public String toJson() {
        return ItmJson.toJson(this);
    }

    /**
     * The cut-offs of a key classified by its value.
     *
     * @throws ItmValidationException for {@link DoraMetric#DEPLOYMENT_FREQUENCY}, which is classified by calendar
     *                                period ({@link #deploymentFrequency()})
     * @param metric lead time, change failure rate or recovery time
     * @return the key's bounds
     */
    public BandBounds bounds(DoraMetric metric) {
        return switch (Checks.notNull(metric, "metric")) {
            case DEPLOYMENT_FREQUENCY -> throw byPeriod();
            case LEAD_TIME -> leadTime;
            case CHANGE_FAILURE_RATE -> changeFailureRate;
            case FAILED_DEPLOYMENT_RECOVERY_TIME -> recoveryTime;
        };
    }

    private static ItmValidationException byPeriod() {
        return new ItmValidationException("metric", "deployment frequency is classified by the calendar periods "
                + "with a deployment, not by a value: use classifyAll or classifyDeploymentFrequency with the results "
                + "of DoraKpis.catalog");
    }

    /**
     * The band of {@code value} for {@code metric}.
     *
     * @throws ItmValidationException for {@link DoraMetric#DEPLOYMENT_FREQUENCY} (see {@link #bounds})
     * @param metric lead time, change failure rate or recovery time
     * @param value the KPI value, in the key's unit
     * @return the band
     */
    public DoraBand band(DoraMetric metric, double value) {
        return bounds(metric).band(value);
    }

    /**
     * Classifies one KPI value of {@code metric}.
     *
     * @throws ItmValidationException for {@link DoraMetric#DEPLOYMENT_FREQUENCY} (see {@link #bounds})
     * @param metric lead time, change failure rate or recovery time
     * @param result a value of the key's catalog KPI
     * @return the band with the bound that placed it
     */
    public DoraClassification classify(DoraMetric metric, KpiResult result) {
        BandBounds b = bounds(metric);
        Checks.notNull(result, "result");
        DoraBand band = b.band(result.value());
        String op = b.direction() == KpiDirection.HIGHER_IS_BETTER ? ">=" : "<=";
        String not = b.direction() == KpiDirection.HIGHER_IS_BETTER ? "<" : ">";
        String why = switch (band) {
            case ELITE -> fmt(result.value()) + " " + op + " elite " + fmt(b.elite());
            case HIGH -> fmt(result.value()) + " " + op + " high " + fmt(b.high());
            case MEDIUM -> fmt(result.value()) + " " + op + " medium " + fmt(b.medium());
            case LOW -> fmt(result.value()) + " " + not + " medium " + fmt(b.medium());
        };
        return new DoraClassification(metric, result, band, why);
    }

    /**
     * Classifies a deployment frequency value by the calendar periods of its window that had a deployment, read from
     * the {@link DoraKpis#DEPLOYMENT_DAYS}, {@link DoraKpis#DEPLOYMENT_WEEKS} and {@link DoraKpis#DEPLOYMENT_MONTHS}
     * values of {@code results} for the same group and window.
     *
     * @param frequency a {@link DoraKpis#DEPLOYMENT_FREQUENCY} value with a bounded window
     * @param results   results holding the period counts of that group and window
     * @throws ItmValidationException if {@code frequency} is not a deployment frequency over a bounded window, or a
     *                                period count is missing from {@code results}
     * @return the band with the share of periods that placed it
     */
    public DoraClassification classifyDeploymentFrequency(KpiResult frequency, KpiResults results) {
        Checks.notNull(frequency, "frequency");
        Checks.notNull(results, "results");
        Checks.require(frequency.kpiId().equals(DoraKpis.DEPLOYMENT_FREQUENCY), "frequency",
                "must be a " + DoraKpis.DEPLOYMENT_FREQUENCY + " value, was " + frequency.kpiId());
        WindowRange w = frequency.window();
        Checks.require(!w.isUnbounded(), "frequency.window",
                "must be bounded: deployment frequency counts the calendar periods of a window");
        long days = periodsWithDeployment(results, DoraKpis.DEPLOYMENT_DAYS, frequency);
        long weeks = periodsWithDeployment(results, DoraKpis.DEPLOYMENT_WEEKS, frequency);
        long months = periodsWithDeployment(results, DoraKpis.DEPLOYMENT_MONTHS, frequency);
        long allDays = w.lengthInDays();
        LocalDate last = w.end().minusDays(1);
        long allWeeks = ChronoUnit.WEEKS.between(w.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + 1;
        long allMonths = ChronoUnit.MONTHS.between(YearMonth.from(w.start()), YearMonth.from(last)) + 1;
        DeploymentCadence c = deploymentFrequency;
        DoraBand band;
        String why;
        if (atLeast(days, allDays, c.days())) {
            band = DoraBand.ELITE;
            why = "deployed on " + days + " of " + allDays + " days (elite needs " + share(c.days(), "days") + ")";
        } else if (atLeast(weeks, allWeeks, c.weeks())) {
            band = DoraBand.HIGH;
            why = "deployed in " + weeks + " of " + allWeeks + " weeks (high needs " + share(c.weeks(), "weeks")
                    + "), " + days + " of " + allDays + " days";
        } else if (atLeast(months, allMonths, c.months())) {
            band = DoraBand.MEDIUM;
            why = "deployed in " + months + " of " + allMonths + " months (medium needs "
                    + share(c.months(), "months") + "), " + weeks + " of " + allWeeks + " weeks";
        } else {
            band = DoraBand.LOW;
            why = "deployed in " + months + " of " + allMonths + " months (medium needs "
                    + share(c.months(), "months") + ")";
        }
        return new DoraClassification(DoraMetric.DEPLOYMENT_FREQUENCY, frequency, band, why);
    }

    private static long periodsWithDeployment(KpiResults results, String kpiId, KpiResult frequency) {
        return results.forKpi(kpiId).stream()
                .filter(r -> r.dimensions().equals(frequency.dimensions()) && r.window().equals(frequency.window()))
                .findFirst()
                .map(r -> (long) r.value())
                .orElseThrow(() -> new ItmValidationException("results", "no " + kpiId + " value for "
                        + frequency.dimensions() + " in " + frequency.window() + ": compute the DoraKpis catalog "
                        + "with the deployment frequency"));
    }

    /** {@code count >= share × total}, in decimal so that a share such as 0.3 means exactly 3 in 10. */
    private static boolean atLeast(long count, long total, double share) {
        return BigDecimal.valueOf(count).compareTo(BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(total)))
                >= 0;
    }

    private static String share(double share, String periods) {
        String amount = share == 0.5 ? "half" : share == 1.0 ? "all"
                : new BigDecimal(Double.toString(share * 100)).stripTrailingZeros().toPlainString() + " %";
        return "at least " + amount + " of the " + periods;
    }

    /**
     * Every value of the four DORA KPIs in {@code results}, classified.
     *
     * @param results the results of {@link DoraKpis#catalog}, period counts included
     * @return one classification per value of each key, keys in {@link DoraMetric} order
     * @throws ItmValidationException if a deployment frequency's period counts are missing
     */
    public List<DoraClassification> classifyAll(KpiResults results) {
        Checks.notNull(results, "results");
        List<DoraClassification> out = new ArrayList<>();
        for (DoraMetric m : DoraMetric.values()) {
            for (KpiResult r : results.forKpi(m.kpiId())) {
                out.add(m == DoraMetric.DEPLOYMENT_FREQUENCY ? classifyDeploymentFrequency(r, results)
                        : classify(m, r));
            }
        }
        return out;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }
}
