package org.itm.capacity.recommend;

/**
 * What a {@link Recommendation} asks for.
 *
 * @since 0.1
 */
public enum RecommendationKind {
    /** The resource is persistently underused: reduce its capacity. */
    DOWNSIZE,
    /** The resource will reach its critical threshold: add capacity before then. */
    SCALE_UP
}
