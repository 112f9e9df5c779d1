package org.itm.capacity.queueing;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * Little's law {@code L = λ·W} for any stable system, whatever its arrival or service distributions: give two of
 * items in the system, arrival rate (per second) and time in the system, get the third.
 */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /** Mean number of items in the system, {@code λ·W}. */
    public static double itemsInSystem(double arrivalRatePerSecond, Duration timeInSystem) {
        Checks.notNegative(arrivalRatePerSecond, "arrivalRatePerSecond");
        Checks.notNegative(timeInSystem, "timeInSystem");
        return arrivalRatePerSecond * Workload.seconds(timeInSystem);
    }

    /** Throughput per second, {@code L/W}. */
    public static double arrivalRatePerSecond(double itemsInSystem, Duration timeInSystem) {
        Checks.notNegative(itemsInSystem, "itemsInSystem");
        Checks.positive(timeInSystem, "timeInSystem");
        return itemsInSystem / Workload.seconds(timeInSystem);
    }

    /** Mean time in the system, {@code L/λ}, to the nanosecond. */
    public static Duration timeInSystem(double itemsInSystem, double arrivalRatePerSecond) {
        Checks.notNegative(itemsInSystem, "itemsInSystem");
        Checks.positive(arrivalRatePerSecond, "arrivalRatePerSecond");
        return Duration.ofNanos(Math.round(itemsInSystem / arrivalRatePerSecond * 1e9));
    }
}
