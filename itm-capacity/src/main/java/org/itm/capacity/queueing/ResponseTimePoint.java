package org.itm.capacity.queueing;

/**
 * One point of a {@link ResponseTimeCurve}.
 *
 * @param utilisation             share of time each server is busy
 * @param throughputPerSecond     arrivals per second that produce this utilisation
 * @param meanResponseTimeSeconds mean wait plus service, in seconds
 * @since 0.1
 */
public record ResponseTimePoint(double utilisation, double throughputPerSecond, double meanResponseTimeSeconds) {
}
