package org.itm.capacity.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * An action on one resource with the evidence behind it.
 *
 * @param kind              downsize or scale up
 * @param resourceId        the resource
 * @param currentCapacity   its capacity now
 * @param suggestedCapacity the capacity to move to
 * @param actBy             when to act (for scale-ups: the order-by date), if there is a deadline
 * @param evidence          the measurements that justify it
 * @param summary           the recommendation in one sentence
 */
public record Recommendation(RecommendationKind kind, String resourceId, double currentCapacity,
                             double suggestedCapacity, Optional<Instant> actBy, List<Evidence> evidence,
                             String summary) {

    public Recommendation {
        Checks.notNull(kind, "kind");
        Checks.notBlank(resourceId, "resourceId");
        Checks.notNull(actBy, "actBy");
        evidence = List.copyOf(evidence);
        Checks.notBlank(summary, "summary");
    }
}
