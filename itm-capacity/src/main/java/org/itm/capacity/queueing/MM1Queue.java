package org.itm.capacity.queueing;

import org.itm.core.validation.Checks;

/**
 * A single-server queue with Poisson arrivals and exponential service times (M/M/1).
 *
 * @param arrivalRate arrivals per second; not negative and below {@code serviceRate} (a stable queue)
 * @param serviceRate completions per second of the busy server; positive
 */
public record MM1Queue(double arrivalRate, double serviceRate) {

    public MM1Queue {
        Checks.notNegative(arrivalRate, "arrivalRate");
        Checks.positive(serviceRate, "serviceRate");
        Checks.require(arrivalRate < serviceRate, "arrivalRate",
                "must be below serviceRate " + serviceRate + " for a stable queue, was " + arrivalRate);
    }

    /** Share of time the server is busy, {@code ρ = λ/μ}. */
    public double utilisation() {
        return arrivalRate / serviceRate;
    }

    /** Mean number in the system (queue and service), {@code ρ/(1−ρ)}. */
    public double meanNumberInSystem() {
        double rho = utilisation();
        return rho / (1 - rho);
    }

    /** Mean number waiting, {@code ρ²/(1−ρ)}. */
    public double meanNumberInQueue() {
        double rho = utilisation();
        return rho * rho / (1 - rho);
    }

    /** Mean response time (wait plus service) in seconds, {@code 1/(μ−λ)}. */
    public double meanResponseTimeSeconds() {
        return 1 / (serviceRate - arrivalRate);
    }

    /** Mean wait before service in seconds, {@code ρ/(μ−λ)}. */
    public double meanWaitSeconds() {
        return utilisation() / (serviceRate - arrivalRate);
    }

    /** Probability that exactly {@code n} customers are in the system, {@code (1−ρ)ρⁿ}. */
    public double probabilityOfCustomers(int n) {
        Checks.notNegative(n, "n");
        double rho = utilisation();
        return (1 - rho) * Math.pow(rho, n);
    }

    /** The {@code p}-quantile of the response time in seconds (response time is exponential with rate μ−λ). */
    public double responseTimePercentileSeconds(double p) {
        Checks.require(p >= 0 && p < 1, "p", "must be in [0, 1), was " + p);
        return -Math.log(1 - p) / (serviceRate - arrivalRate);
    }
}
