package org.itm.metrics.catalog;

import org.itm.core.validation.Violations;

/**
 * Cut-offs of the DORA deployment frequency key, read by calendar period as the report words its clusters ("on
 * demand", "between once per day and once per week", "between once per week and once per month"): a window is
 * ELITE when at least {@code days} of the calendar days it covers had a deployment, else HIGH when at least
 * {@code weeks} of the ISO weeks (Monday to Sunday) overlapping it did, else MEDIUM when at least {@code months} of
 * the calendar months overlapping it did, else LOW. Days, weeks and months are those of the window's zone, so a team
 * deploying once every month is MEDIUM in February and in January alike, which a per-day rate against 1/30 is not.
 *
 * @param days   share of the days with a deployment needed for ELITE, in (0, 1]
 * @param weeks  share of the weeks with a deployment needed for HIGH, in (0, 1]
 * @param months share of the months with a deployment needed for MEDIUM, in (0, 1]
 * @since 0.1
 */
public record DeploymentCadence(double days, double weeks, double months) {

    /**
     * Shares of calendar periods per band.
     *
     * @param days share of the days with a deployment needed for ELITE, in (0, 1]
     * @param weeks share of the weeks with a deployment needed for HIGH, in (0, 1]
     * @param months share of the months with a deployment needed for MEDIUM, in (0, 1]
     * @throws org.itm.core.ItmValidationException listing every share outside (0, 1]
     */
    public DeploymentCadence {
        Violations v = new Violations();
        share(v, days, "days");
        share(v, weeks, "weeks");
        share(v, months, "months");
        v.throwIfAny();
    }

    /**
     * The report's wording read as the median period: a band needs a deployment in at least half of the days,
     * weeks or months.
     *
     * @return the cadence {@code (0.5, 0.5, 0.5)}, as {@link DoraBands#published()} uses
     */
    public static DeploymentCadence typicalPeriod() {
        return new DeploymentCadence(0.5, 0.5, 0.5);
    }

    private static void share(Violations v, double value, String field) {
        v.require(value > 0 && value <= 1, field, "must be a fraction in (0, 1], was " + value);
    }
}
