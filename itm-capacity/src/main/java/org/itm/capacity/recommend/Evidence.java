package org.itm.capacity.recommend;

/**
 * One number behind a recommendation, ready to show in a table next to its
 * {@link Recommendation#summary() summary}.
 *
 * @param name  what was measured (e.g. "p95 utilisation over 30 days")
 * @param value its value as shown to people (e.g. "14.2%")
 * @since 0.1
 */
public record Evidence(String name, String value) {
}
