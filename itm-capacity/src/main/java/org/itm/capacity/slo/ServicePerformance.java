package org.itm.capacity.slo;

import java.time.Duration;

/**
 * Latency percentiles, error rate and Apdex of one service.
 *
 * @param service   the service
 * @param requests  number of requests
 * @param errorRate failed / all
 * @param p50       median latency
 * @param p90       90th percentile latency
 * @param p95       95th percentile latency
 * @param p99       99th percentile latency
 * @param apdex     Apdex at the threshold given to {@link Performance#perService}
 * @since 0.1
 */
public record ServicePerformance(String service, long requests, double errorRate, Duration p50, Duration p90,
                                 Duration p95, Duration p99, ApdexScore apdex) {
}
