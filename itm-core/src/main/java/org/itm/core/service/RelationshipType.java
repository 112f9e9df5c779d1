package org.itm.core.service;

/**
 * The kind of a {@link Relationship}. For every type, a relationship {@code source → target} means that the
 * source needs the target, so a failure of the target affects the source.
 *
 * @since 0.1
 */
public enum RelationshipType {
    /** The source needs the target to work, e.g. service "payments" DEPENDS_ON application "pay-api". */
    DEPENDS_ON,
    /** The source is hosted on the target, e.g. application "pay-api" RUNS_ON server "vm-12". */
    RUNS_ON,
    /** The source talks to the target over the network, e.g. "pay-api" CONNECTS_TO database "pay-db". */
    CONNECTS_TO
}
