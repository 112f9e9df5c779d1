package org.itm.capacity.slo;

/**
 * An Apdex result, as {@link Performance#apdex} computes it: {@code (satisfied + tolerating / 2) / total}, 1 when
 * there were no requests. 0.94 and above reads as excellent, under 0.5 as unacceptable.
 *
 * @param satisfied  successful requests at or under the threshold T
 * @param tolerating successful requests over T and at or under 4T
 * @param frustrated requests over 4T and failed ones, however fast
 * @param score      the Apdex score in [0, 1]
 * @since 0.1
 */
public record ApdexScore(long satisfied, long tolerating, long frustrated, double score) {
}
