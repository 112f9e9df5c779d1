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
 * @since 0.1
 */
public record Workload(double contacts, Duration interval, Duration averageHandlingTime) {

    /**
     * Checks the components.
     *
     * @param contacts            contacts arriving in one interval; not negative
     * @param interval            length of the interval; positive
     * @param averageHandlingTime mean service time of one contact; positive
     * @throws org.itm.core.ItmValidationException naming the first invalid component
     */
    public Workload {
        Checks.notNegative(contacts, "contacts");
        Checks.positive(interval, "interval");
        Checks.positive(averageHandlingTime, "averageHandlingTime");
    }

    /**
     * A workload of {@code contacts} per {@code interval}, each taking {@code averageHandlingTime}: 100 contacts in
     * 30 minutes of 3 minutes each are 10 Erlangs.
     *
     * @param contacts            contacts arriving in one interval; not negative
     * @param interval            length of the interval; positive
     * @param averageHandlingTime mean service time of one contact (talk plus wrap-up); positive
     * @return the workload
     * @throws org.itm.core.ItmValidationException naming the first invalid argument
     */
    public static Workload of(double contacts, Duration interval, Duration averageHandlingTime) {
        return new Workload(contacts, interval, averageHandlingTime);
    }

    /**
     * Arrivals per second.
     *
     * @return {@code contacts / interval}, in contacts per second
     */
    public double arrivalRatePerSecond() {
        return contacts / seconds(interval);
    }

    /**
     * Average handling time in seconds.
     *
     * @return the average handling time, in seconds with a fraction
     */
    public double handlingSeconds() {
        return seconds(averageHandlingTime);
    }

    /**
     * Offered traffic in Erlangs: the number of agents that would be busy all the time.
     *
     * @return arrival rate per second times average handling time in seconds
     */
    public double erlangs() {
        return arrivalRatePerSecond() * handlingSeconds();
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
