package org.itm.capacity.queueing;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * Offered work for a pool of servers or agents: how many contacts arrive per interval and how long each
 * takes to handle; {@link #erlangs()} is the traffic intensity used by every queueing formula.
 *
 * @param contacts             contacts arriving in one interval; not negative
 * @param interval             length of the interval; positive
 * @param averageHandlingTime  mean service time of one contact; positive
 */
public record Workload(double contacts, Duration interval, Duration averageHandlingTime) {

    public Workload {
        Checks.notNegative(contacts, "contacts");
        Checks.positive(interval, "interval");
        Checks.positive(averageHandlingTime, "averageHandlingTime");
    }

    /** A workload of {@code contacts} per {@code interval}, each taking {@code averageHandlingTime}. */
    public static Workload of(double contacts, Duration interval, Duration averageHandlingTime) {
        return new Workload(contacts, interval, averageHandlingTime);
    }

    /** Arrivals per second. */
    public double arrivalRatePerSecond() {
        return contacts / seconds(interval);
    }

    /** Average handling time in seconds. */
    public double handlingSeconds() {
        return seconds(averageHandlingTime);
    }

    /** Offered traffic in Erlangs: arrival rate times average handling time. */
    public double erlangs() {
        return arrivalRatePerSecond() * handlingSeconds();
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
