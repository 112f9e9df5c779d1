package org.itm.capacity.queueing;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Erlang B (M/M/c/c, blocked calls cleared): the probability that an arrival finds every server busy and is lost.
 *
 * <p>Computed with the recursion {@code B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))}, which never forms a factorial
 * or a power and so stays accurate for tens of thousands of servers.
 *
 * @since 0.1
 */
public final class ErlangB {

    private ErlangB() {
    }

    /**
     * Blocking probability for {@code erlangs} of offered traffic on {@code servers} servers, e.g. the share of
     * calls that find every trunk line busy.
     *
     * @param erlangs offered traffic in Erlangs (arrival rate × mean holding time); not negative
     * @param servers number of servers (lines, licences, slots); not negative (0 servers block everything)
     * @return the probability in [0, 1] that an arrival is lost
     * @throws ItmValidationException if traffic is negative or not finite, or servers is negative
     */
    public static double blockingProbability(double erlangs, int servers) {
        Checks.notNegative(erlangs, "erlangs");
        Checks.notNegative(servers, "servers");
        double b = 1.0;
        for (int n = 1; n <= servers; n++) {
            b = next(b, erlangs, n);
        }
        return b;
    }

    /**
     * The fewest servers whose blocking probability is at most {@code maxBlocking}: 10 Erlangs at 1 % blocking
     * need 18 servers.
     *
     * @param erlangs     offered traffic in Erlangs; not negative
     * @param maxBlocking the largest acceptable share of lost arrivals, in (0, 1]
     * @return the number of servers, 0 when {@code maxBlocking} is 1
     * @throws ItmValidationException if {@code erlangs} is negative or not finite, or {@code maxBlocking} is
     *         outside (0, 1]
     */
    public static int minimumServers(double erlangs, double maxBlocking) {
        Checks.notNegative(erlangs, "erlangs");
        Checks.require(maxBlocking > 0 && maxBlocking <= 1, "maxBlocking", "must be in (0, 1], was " + maxBlocking);
        double b = 1.0;
        int n = 0;
        while (b > maxBlocking) {
            n++;
            b = next(b, erlangs, n);
        }
        return n;
    }

    static double next(double previous, double erlangs, int n) {
        double ab = erlangs * previous;
        return ab / (n + ab);
    }
}
