package org.itm.capacity.slo;

/**
 * An Apdex result: {@code (satisfied + tolerating / 2) / total}, 1 when there were no requests.
 *
 * @param satisfied  requests at or under T
 * @param tolerating requests over T and at or under 4T
 * @param frustrated slower requests and failed ones
 * @param score      the Apdex score in [0, 1]
 */
public record ApdexScore(long satisfied, long tolerating, long frustrated, double score) {
}
