package org.itm.capacity.queueing;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * Little's law {@code L = λ·W} for any stable system, whatever its arrival or service distributions: give two of
 * items in the system, arrival rate (per second) and time in the system, get the third.
 *
 * @since 0.1
 */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /**
     * Mean number of items in the system, {@code λ·W}: 5 requests a second that each spend 200 ms in the system
     * keep 1 request in flight on average.
     *
     * @param arrivalRatePerSecond arrivals per second; not negative
     * @param timeInSystem         mean time an item spends in the system; not negative
     * @return the mean number of items in the system
     * @throws org.itm.core.ItmValidationException if an argument is negative or null
     */
    public static double itemsInSystem(double arrivalRatePerSecond, Duration timeInSystem) {
        Checks.notNegative(arrivalRatePerSecond, "arrivalRatePerSecond");
        Checks.notNegative(timeInSystem, "timeInSystem");
        return arrivalRatePerSecond * Workload.seconds(timeInSystem);
    }

    /**
     * Throughput per second, {@code L/W}.
     *
     * @param itemsInSystem mean number of items in the system; not negative
     * @param timeInSystem  mean time an item spends in the system; positive
     * @return arrivals (equal to departures in a stable system) per second
     * @throws org.itm.core.ItmValidationException if {@code itemsInSystem} is negative or {@code timeInSystem} is
     *         not positive
     */
    public static double arrivalRatePerSecond(double itemsInSystem, Duration timeInSystem) {
        Checks.notNegative(itemsInSystem, "itemsInSystem");
        Checks.positive(timeInSystem, "timeInSystem");
        return itemsInSystem / Workload.seconds(timeInSystem);
    }

    /**
     * Mean time in the system, {@code L/λ}.
     *
     * @param itemsInSystem        mean number of items in the system; not negative
     * @param arrivalRatePerSecond arrivals per second; positive
     * @return the mean time, rounded to the nanosecond
     * @throws org.itm.core.ItmValidationException if {@code itemsInSystem} is negative or
     *         {@code arrivalRatePerSecond} is not positive
     */
    public static Duration timeInSystem(double itemsInSystem, double arrivalRatePerSecond) {
        Checks.notNegative(itemsInSystem, "itemsInSystem");
        Checks.positive(arrivalRatePerSecond, "arrivalRatePerSecond");
        return Duration.ofNanos(Math.round(itemsInSystem / arrivalRatePerSecond * 1e9));
    }
}
