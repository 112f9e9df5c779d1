package org.itm.capacity.queueing;

import org.itm.core.validation.Checks;

/**
 * A queue with {@code servers} identical servers, Poisson arrivals and exponential service times (M/M/c);
 * waiting-time figures come from {@link ErlangC}.
 *
 * @param arrivalRate arrivals per second; not negative and below {@code servers × serviceRate}
 * @param serviceRate completions per second of one busy server; positive
 * @param servers     number of servers; positive
 * @since 0.1
 */
public record MMcQueue(double arrivalRate, double serviceRate, int servers) {

    /**
     * Checks that the queue is stable.
     *
     * @param arrivalRate arrivals per second; not negative and below {@code servers × serviceRate}
     * @param serviceRate completions per second of one busy server; positive
     * @param servers     number of servers; positive
     * @throws org.itm.core.ItmValidationException if a component is out of range or the queue would be unstable
     */
    public MMcQueue {
        Checks.notNegative(arrivalRate, "arrivalRate");
        Checks.positive(serviceRate, "serviceRate");
        Checks.positive(servers, "servers");
        Checks.require(arrivalRate < servers * serviceRate, "arrivalRate",
                "must be below servers x serviceRate = " + servers * serviceRate + " for a stable queue, was "
                        + arrivalRate);
    }

    /**
     * Offered traffic in Erlangs.
     *
     * @return {@code λ/μ}
     */
    public double erlangs() {
        return arrivalRate / serviceRate;
    }

    /**
     * Share of time each server is busy.
     *
     * @return {@code λ/(cμ)}, in [0, 1)
     */
    public double utilisation() {
        return erlangs() / servers;
    }

    /**
     * Probability an arrival must wait.
     *
     * @return the Erlang C probability, in [0, 1]
     */
    public double probabilityOfWaiting() {
        return ErlangC.probabilityOfWaiting(erlangs(), servers);
    }

    /**
     * Mean wait before service, over all arrivals.
     *
     * @return {@code C/(cμ−λ)}, in seconds
     */
    public double meanWaitSeconds() {
        return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
    }

    /**
     * Mean response time, wait plus service.
     *
     * @return the mean wait plus {@code 1/μ}, in seconds
     */
    public double meanResponseTimeSeconds() {
        return meanWaitSeconds() + 1 / serviceRate;
    }

    /**
     * Mean number waiting, by Little's law on the wait.
     *
     * @return {@code λ × meanWaitSeconds()}
     */
    public double meanNumberInQueue() {
        return arrivalRate * meanWaitSeconds();
    }

    /**
     * Mean number in the system, by Little's law on the response time.
     *
     * @return {@code λ × meanResponseTimeSeconds()}
     */
    public double meanNumberInSystem() {
        return arrivalRate * meanResponseTimeSeconds();
    }
}
