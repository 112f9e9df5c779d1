package org.itm.capacity.queueing;

import org.itm.core.validation.Checks;

/**
 * A queue with {@code servers} identical servers, Poisson arrivals and exponential service times (M/M/c);
 * waiting-time figures come from {@link ErlangC}.
 *
 * @param arrivalRate arrivals per second; not negative and below {@code servers × serviceRate}
 * @param serviceRate completions per second of one busy server; positive
 * @param servers     number of servers; positive
 */
public record MMcQueue(double arrivalRate, double serviceRate, int servers) {

    public MMcQueue {
        Checks.notNegative(arrivalRate, "arrivalRate");
        Checks.positive(serviceRate, "serviceRate");
        Checks.positive(servers, "servers");
        Checks.require(arrivalRate < servers * serviceRate, "arrivalRate",
                "must be below servers x serviceRate = " + servers * serviceRate + " for a stable queue, was "
                        + arrivalRate);
    }

    /** Offered traffic in Erlangs, {@code λ/μ}. */
    public double erlangs() {
        return arrivalRate / serviceRate;
    }

    /** Share of time each server is busy, {@code λ/(cμ)}. */
    public double utilisation() {
        return erlangs() / servers;
    }

    /** Probability an arrival must wait (Erlang C). */
    public double probabilityOfWaiting() {
        return ErlangC.probabilityOfWaiting(erlangs(), servers);
    }

    /** Mean wait before service in seconds, {@code C/(cμ−λ)}. */
    public double meanWaitSeconds() {
        return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
    }

    /** Mean response time (wait plus service) in seconds. */
    public double meanResponseTimeSeconds() {
        return meanWaitSeconds() + 1 / serviceRate;
    }

    /** Mean number waiting (Little's law on the wait). */
    public double meanNumberInQueue() {
        return arrivalRate * meanWaitSeconds();
    }

    /** Mean number in the system (Little's law on the response time). */
    public double meanNumberInSystem() {
        return arrivalRate * meanResponseTimeSeconds();
    }
}
