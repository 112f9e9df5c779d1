package org.itm.capacity.queueing;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Erlang C (M/M/c with an infinite queue): probability of waiting, average speed of answer and service level
 * for {@code c} agents facing {@code A} Erlangs of traffic.
 *
 * <p>The probability of waiting is derived from {@link ErlangB}'s factorial-free recursion,
 * {@code C = c·B / (c − A·(1 − B))}, so it is stable for thousands of agents. A pool with no more agents than
 * Erlangs ({@code c <= A}) is unstable: the queue grows without bound, every arrival waits, and waiting times
 * are infinite.
 *
 * @since 0.1
 */
public final class ErlangC {

    private ErlangC() {
    }

    /**
     * Probability that an arrival has to wait (is not answered at once).
     *
     * @param erlangs offered traffic in Erlangs; not negative
     * @param servers number of agents; positive
     * @return the probability in [0, 1]; 1 when {@code servers <= erlangs}
     * @throws ItmValidationException if {@code erlangs} is negative or not finite, or {@code servers} is not
     *         positive
     */
    public static double probabilityOfWaiting(double erlangs, int servers) {
        Checks.notNegative(erlangs, "erlangs");
        Checks.positive(servers, "servers");
        return fromBlocking(ErlangB.blockingProbability(erlangs, servers), erlangs, servers);
    }

    static double fromBlocking(double b, double erlangs, int servers) {
        if (servers <= erlangs) {
            return 1.0;
        }
        double c = b * servers / (servers - erlangs * (1 - b));
        return Math.min(1.0, Math.max(0.0, c));
    }

    /**
     * Average speed of answer (ASA): the mean wait of all arrivals, those answered at once counting as zero.
     *
     * @param workload the offered work
     * @param servers  number of agents; positive
     * @return the mean wait in seconds; {@link Double#POSITIVE_INFINITY} when {@code servers <= erlangs}
     * @throws ItmValidationException if {@code workload} is null or {@code servers} is not positive
     */
    public static double averageSpeedOfAnswerSeconds(Workload workload, int servers) {
        Checks.notNull(workload, "workload");
        double a = workload.erlangs();
        double pw = probabilityOfWaiting(a, servers);
        return asa(pw, a, servers, workload.handlingSeconds());
    }

    static double asa(double pw, double a, int servers, double aht) {
        if (servers <= a) {
            return Double.POSITIVE_INFINITY;
        }
        return pw * aht / (servers - a);
    }

    /**
     * Fraction of arrivals answered within {@code targetSeconds}: {@code 1 − C·exp(−(c − A)·t / AHT)}.
     *
     * @param workload      the offered work
     * @param servers       number of agents; positive
     * @param targetSeconds the answer time, e.g. 20 for "80 % in 20 s"; not negative
     * @return the service level in [0, 1]; 0 when {@code servers <= erlangs}
     * @throws ItmValidationException if {@code workload} is null, {@code servers} is not positive or the target
     *         is negative
     */
    public static double serviceLevel(Workload workload, int servers, double targetSeconds) {
        Checks.notNull(workload, "workload");
        Checks.notNegative(targetSeconds, "targetSeconds");
        double a = workload.erlangs();
        return serviceLevel(probabilityOfWaiting(a, servers), a, servers, workload.handlingSeconds(), targetSeconds);
    }

    static double serviceLevel(double pw, double a, int servers, double aht, double target) {
        if (servers <= a) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - pw * Math.exp(-(servers - a) * target / aht)));
    }

    /**
     * Share of time each agent is busy.
     *
     * @param erlangs offered traffic in Erlangs; not negative
     * @param servers number of agents; positive
     * @return {@code A / c}, capped at 1
     * @throws ItmValidationException if {@code erlangs} is negative or not finite, or {@code servers} is not
     *         positive
     */
    public static double occupancy(double erlangs, int servers) {
        Checks.notNegative(erlangs, "erlangs");
        Checks.positive(servers, "servers");
        return Math.min(1.0, erlangs / servers);
    }
}
