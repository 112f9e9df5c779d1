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
 */
public record ResponseTimeCurve(Duration serviceTime, int servers) {

    public ResponseTimeCurve {
        Checks.positive(serviceTime, "serviceTime");
        Checks.positive(servers, "servers");
    }

    /** Mean response time in seconds at {@code utilisation} in [0, 1). */
    public double responseTimeSeconds(double utilisation) {
        Checks.require(utilisation >= 0 && utilisation < 1, "utilisation", "must be in [0, 1), was " + utilisation);
        double mu = 1 / Workload.seconds(serviceTime);
        return new MMcQueue(utilisation * servers * mu, mu, servers).meanResponseTimeSeconds();
    }

    /** {@code points} evenly spaced points from utilisation 0 up to {@code maxUtilisation}. */
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
