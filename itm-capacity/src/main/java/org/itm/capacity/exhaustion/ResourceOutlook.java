package org.itm.capacity.exhaustion;

/**
 * One resource of a service in a bottleneck analysis.
 *
 * @param driver          how volume maps to this resource's usage
 * @param supportedVolume business volume at which it reaches its critical threshold, in the service's volume
 *                        metric
 * @param report          its exhaustion outlook under the volume forecast
 * @since 0.1
 */
public record ResourceOutlook(DemandDriver driver, double supportedVolume, ExhaustionReport report) {
}
