package org.itm.capacity.queueing;

import org.itm.core.validation.Checks;

/**
 * A single-server queue with Poisson arrivals and exponential service times (M/M/1).
 *
 * @param arrivalRate arrivals per second; not negative and below {@code serviceRate} (a stable queue)
 * @param serviceRate completions per second of the busy server; positive
 * @since 0.1
 */
public record MM1Queue(double arrivalRate, double serviceRate) {

    /**
     * Checks that the queue is stable.
     *
     * @param arrivalRate arrivals per second; not negative and below {@code serviceRate}
     * @param serviceRate completions per second; positive
     * @throws org.itm.core.ItmValidationException if a rate is out of range or {@code arrivalRate} is not below
     *         {@code serviceRate}
     */
    public MM1Queue {
        Checks.notNegative(arrivalRate, "arrivalRate");
        Checks.positive(serviceRate, "serviceRate");
        Checks.require(arrivalRate < serviceRate, "arrivalRate",
                "must be below serviceRate " + serviceRate + " for a stable queue, was " + arrivalRate);
    }

    /**
     * Share of time the server is busy.
     *
     * @return {@code ρ = λ/μ}, in [0, 1)
     */
    public double utilisation() {
        return arrivalRate / serviceRate;
    }

    /**
     * Mean number in the system (queue and service).
     *
     * @return {@code ρ/(1−ρ)}
     */
    public double meanNumberInSystem() {
        double rho = utilisation();
        return rho / (1 - rho);
    }

    /**
     * Mean number waiting, not yet in service.
     *
     * @return {@code ρ²/(1−ρ)}
     */
    public double meanNumberInQueue() {
        double rho = utilisation();
        return rho * rho / (1 - rho);
    }

    /**
     * Mean response time, wait plus service: at 80 % utilisation five times the service time.
     *
     * @return {@code 1/(μ−λ)}, in seconds
     */
    public double meanResponseTimeSeconds() {
        return 1 / (serviceRate - arrivalRate);
    }

    /**
     * Mean wait before service.
     *
     * @return {@code ρ/(μ−λ)}, in seconds
     */
    public double meanWaitSeconds() {
        return utilisation() / (serviceRate - arrivalRate);
    }

    /**
     * Probability that exactly {@code n} customers are in the system.
     *
     * @param n the number of customers; not negative
     * @return {@code (1−ρ)ρⁿ}
     * @throws org.itm.core.ItmValidationException if {@code n} is negative
     */
    public double probabilityOfCustomers(int n) {
        Checks.notNegative(n, "n");
        double rho = utilisation();
        return (1 - rho) * Math.pow(rho, n);
    }

    /**
     * The {@code p}-quantile of the response time (response time is exponential with rate μ−λ), e.g. the p95 to
     * compare with a latency objective.
     *
     * @param p the quantile's probability in [0, 1), e.g. 0.95
     * @return {@code −ln(1 − p)/(μ−λ)}, in seconds
     * @throws org.itm.core.ItmValidationException if {@code p} is outside [0, 1)
     */
    public double responseTimePercentileSeconds(double p) {
        Checks.require(p >= 0 && p < 1, "p", "must be in [0, 1), was " + p);
        return -Math.log(1 - p) / (serviceRate - arrivalRate);
    }
}
