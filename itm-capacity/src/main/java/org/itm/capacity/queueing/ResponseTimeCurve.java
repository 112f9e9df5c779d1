package org.itm.capacity.queueing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * How the mean response time of a service (modelled as M/M/c) grows with utilisation, to show the "knee"
 * beyond which adding load makes users wait disproportionately.
 *
 * @param serviceTime mean service time of one request; positive
 * @param servers     number of parallel servers (threads, instances); positive
 * @since 0.1
 */
public record ResponseTimeCurve(Duration serviceTime, int servers) {

    /**
     * Checks the components.
     *
     * @param serviceTime mean service time of one request; positive
     * @param servers     number of parallel servers; positive
     * @throws org.itm.core.ItmValidationException if a component is not positive
     */
    public ResponseTimeCurve {
        Checks.positive(serviceTime, "serviceTime");
        Checks.positive(servers, "servers");
    }

    /**
     * Mean response time at a utilisation.
     *
     * @param utilisation share of time each server is busy, in [0, 1)
     * @return the mean response time in seconds; the service time at utilisation 0
     * @throws org.itm.core.ItmValidationException if {@code utilisation} is outside [0, 1)
     */
    public double responseTimeSeconds(double utilisation) {
        Checks.require(utilisation >= 0 && utilisation < 1, "utilisation", "must be in [0, 1), was " + utilisation);
        double mu = 1 / Workload.seconds(serviceTime);
        return new MMcQueue(utilisation * servers * mu, mu, servers).meanResponseTimeSeconds();
    }

    /**
     * Evenly spaced points of the curve from utilisation 0 up to {@code maxUtilisation}, e.g. to plot it.
     *
     * @param maxUtilisation the last point's utilisation, in (0, 1)
     * @param points         how many points, at least 2
     * @return the points in increasing utilisation, the first at 0 and the last at {@code maxUtilisation}
     * @throws org.itm.core.ItmValidationException if {@code maxUtilisation} is outside (0, 1) or {@code points} is
     *         below 2
     */
    public List<ResponseTimePoint> points(double maxUtilisation, int points) {
        Checks.require(maxUtilisation > 0 && maxUtilisation < 1, "maxUtilisation",
                "must be in (0, 1), was " + maxUtilisation);
        Checks.require(points >= 2, "points", "must be at least 2, was " + points);
        double mu = 1 / Workload.seconds(serviceTime);
        List<ResponseTimePoint> out = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            double u = maxUtilisation * i / (points - 1);
            out.add(new ResponseTimePoint(u, u * servers * mu, responseTimeSeconds(u)));
        }
        return List.copyOf(out);
    }

    /**
     * The highest utilisation at which the mean response time stays within {@code maxResponseTime}; zero when
     * even an idle service is slower than that.
     *
     * @param maxResponseTime the largest acceptable mean response time; positive
     * @return the utilisation in [0, 1), found by bisection to about 1e-12
     * @throws org.itm.core.ItmValidationException if {@code maxResponseTime} is not positive
     */
    public double maxUtilisationFor(Duration maxResponseTime) {
        Checks.positive(maxResponseTime, "maxResponseTime");
        double limit = Workload.seconds(maxResponseTime);
        if (responseTimeSeconds(0) > limit) {
            return 0;
        }
        double lo = 0;
        double hi = 1 - 1e-12;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (responseTimeSeconds(mid) <= limit) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
