package org.itm.metrics.input;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.itm.core.validation.Checks;

/**
 * A capacity-side observation for a service over one measurement period: availability against its SLO, a
 * utilisation sample, and optionally a forecast of the demand that was then observed.
 *
 * @param service         service measured
 * @param resource        resource measured (cpu, storage, ...) or {@code service} for availability
 * @param periodStart     start of the measurement period
 * @param periodMinutes   length of the period in minutes (positive)
 * @param downMinutes     minutes of unavailability in the period (0..periodMinutes)
 * @param sloPercent      availability objective, e.g. 99.9 (0 &lt; slo &lt; 100)
 * @param utilisation     utilisation fraction in the period (0..1, may exceed 1 when overcommitted)
 * @param forecastDemand  demand forecast for the period, if any
 * @param actualDemand    demand observed in the period (used with the forecast)
 * @since 0.1
 */
public record CapacityRecord(String service, String resource, Instant periodStart, double periodMinutes,
                             double downMinutes, double sloPercent, double utilisation,
                             OptionalDouble forecastDemand, double actualDemand) {

    /**
     * One period of a resource, as a capacity adapter reports it.
     *
     * @param service service measured
     * @param resource resource measured (cpu, storage, ...) or {@code service} for availability
     * @param periodStart start of the measurement period
     * @param periodMinutes length of the period in minutes (positive)
     * @param downMinutes minutes of unavailability in the period (0..periodMinutes)
     * @param sloPercent availability objective, e.g. 99.9 (0 &lt; slo &lt; 100)
     * @param utilisation utilisation fraction in the period (0..1, may exceed 1 when overcommitted)
     * @param forecastDemand demand forecast for the period, if any
     * @param actualDemand demand observed in the period (used with the forecast)
     * @throws org.itm.core.ItmValidationException if a text is blank, a value is out of its range or an argument is
     *        null
     */
    public CapacityRecord {
        Checks.notBlank(service, "service");
        Checks.notBlank(resource, "resource");
        Checks.notNull(periodStart, "periodStart");
        Checks.positive(periodMinutes, "periodMinutes");
        Checks.between(downMinutes, 0, periodMinutes, "downMinutes");
        Checks.require(sloPercent > 0 && sloPercent < 100, "sloPercent", "must be between 0 and 100 exclusive");
        Checks.notNegative(utilisation, "utilisation");
        Checks.notNull(forecastDemand, "forecastDemand");
        Checks.notNegative(actualDemand, "actualDemand");
    }

    /**
     * The error budget of the period, against which {@code downMinutes} is judged.
     *
     * @return downtime the SLO allows in this period, in minutes
     */
    public double allowedDownMinutes() {
        return periodMinutes * (100 - sloPercent) / 100;
    }

    /**
     * How close the forecast came, for the capacity planning KPIs.
     *
     * @return 100 − absolute percentage error of the forecast (negative for a forecast off by more than 100 %),
     *         or empty if no forecast was made or the actual demand was 0
     */
    public Optional<Double> forecastAccuracyPercent() {
        if (forecastDemand.isEmpty() || actualDemand == 0) {
            return Optional.empty();
        }
        return Optional.of(100 - 100 * Math.abs(forecastDemand.getAsDouble() - actualDemand) / actualDemand);
    }
}
