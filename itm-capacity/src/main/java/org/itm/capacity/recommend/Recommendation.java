package org.itm.capacity.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * An action on one resource with the evidence behind it, as the {@link Recommender} makes it.
 *
 * @param kind              downsize or scale up
 * @param resourceId        the resource
 * @param currentCapacity   its capacity now, in the resource's unit
 * @param suggestedCapacity the capacity to move to, in the resource's unit (for a scale-up: at least this much)
 * @param actBy             when to act (for scale-ups: the order-by date), if there is a deadline
 * @param evidence          the measurements that justify it
 * @param summary           the recommendation in one sentence
 * @since 0.1
 */
public record Recommendation(RecommendationKind kind, String resourceId, double currentCapacity,
                             double suggestedCapacity, Optional<Instant> actBy, List<Evidence> evidence,
                             String summary) {

    /**
     * Checks the components and copies the evidence.
     *
     * @param kind              downsize or scale up
     * @param resourceId        the resource; not blank
     * @param currentCapacity   its capacity now
     * @param suggestedCapacity the capacity to move to
     * @param actBy             the deadline, or empty
     * @param evidence          the measurements that justify it; copied
     * @param summary           the recommendation in one sentence; not blank
     * @throws org.itm.core.ItmValidationException if {@code kind} or {@code actBy} is null, or
     *         {@code resourceId} or {@code summary} is blank
     */
    public Recommendation {
        Checks.notNull(kind, "kind");
        Checks.notBlank(resourceId, "resourceId");
        Checks.notNull(actBy, "actBy");
        evidence = List.copyOf(evidence);
        Checks.notBlank(summary, "summary");
    }
}
