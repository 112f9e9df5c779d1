package org.itm.core.service;

/**
 * Which way a traversal of the {@link ServiceModel} follows relationships.
 *
 * @since 0.1
 */
public enum Direction {
    /** Backwards, from target to source: what is affected if the origin fails. */
    IMPACT,
    /** Forwards, from source to target: what the origin needs in order to work. */
    DEPENDENCIES,
    /** Both ways: what is connected to the origin at all, e.g. to detect colliding changes. */
    NEIGHBOURHOOD
}
