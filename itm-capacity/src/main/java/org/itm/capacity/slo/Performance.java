package org.itm.capacity.slo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itm.capacity.series.Aggregation;
import org.itm.core.validation.Checks;

/**
 * Request statistics: Apdex (satisfied ≤ T, tolerating ≤ 4T, failures count as frustrated) and latency
 * percentiles (linear interpolation between ranks) and error rates per service.
 *
 * @since 0.1
 */
public final class Performance {

    private Performance() {
    }

    /**
     * The Apdex of {@code samples} with threshold {@code t}.
     *
     * @param samples the requests, of any services
     * @param t       the threshold T under which a user is satisfied, e.g. 500 ms; positive
     * @return the counts and the score; a score of 1 when {@code samples} is empty
     * @throws org.itm.core.ItmValidationException if {@code samples} is null or {@code t} is not positive
     */
    public static ApdexScore apdex(List<RequestSample> samples, Duration t) {
        Checks.notNull(samples, "samples");
        Checks.positive(t, "t");
        long satisfied = 0;
        long tolerating = 0;
        long frustrated = 0;
        Duration fourT = t.multipliedBy(4);
        for (RequestSample s : samples) {
            if (s.error() || s.latency().compareTo(fourT) > 0) {
                frustrated++;
            } else if (s.latency().compareTo(t) > 0) {
                tolerating++;
            } else {
                satisfied++;
            }
        }
        long total = satisfied + tolerating + frustrated;
        double score = total == 0 ? 1.0 : (satisfied + tolerating / 2.0) / total;
        return new ApdexScore(satisfied, tolerating, frustrated, score);
    }

    /**
     * Statistics per service: request count, error rate, latency percentiles (failed requests included) and Apdex.
     *
     * @param samples        the requests of every service
     * @param apdexThreshold the Apdex threshold T for every service; positive
     * @return an unmodifiable map by service name, sorted by name; only services with samples appear
     * @throws org.itm.core.ItmValidationException if {@code samples} is null or {@code apdexThreshold} is not
     *         positive
     */
    public static Map<String, ServicePerformance> perService(List<RequestSample> samples, Duration apdexThreshold) {
        Checks.notNull(samples, "samples");
        Checks.positive(apdexThreshold, "apdexThreshold");
        Map<String, List<RequestSample>> byService = new TreeMap<>();
        for (RequestSample s : samples) {
            byService.computeIfAbsent(s.service(), k -> new ArrayList<>()).add(s);
        }
        Map<String, ServicePerformance> out = new TreeMap<>();
        byService.forEach((service, list) -> {
            double[] nanos = list.stream().mapToDouble(s -> s.latency().toNanos()).toArray();
            long errors = list.stream().filter(RequestSample::error).count();
            out.put(service, new ServicePerformance(service, list.size(), (double) errors / list.size(),
                    pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.95), pct(nanos, 0.99),
                    apdex(list, apdexThreshold)));
        });
        return Collections.unmodifiableMap(out);
    }

    private static Duration pct(double[] nanos, double q) {
        return Duration.ofNanos(Math.round(Aggregation.percentile(nanos, q)));
    }
}
