package org.itm.capacity.recommend;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * Thresholds of the {@link Recommender}'s rightsizing; utilisations are fractions of capacity, not percentages.
 *
 * @param lowUtilisation       p95 utilisation below which a resource counts as oversized (e.g. 0.20)
 * @param observationWindow    how long it must have stayed below (e.g. 30 days), ending now
 * @param targetUtilisation    p95 utilisation to size a downsized resource for (e.g. 0.60)
 * @since 0.1
 */
public record RecommendationPolicy(double lowUtilisation, Duration observationWindow, double targetUtilisation) {

    /**
     * Checks the thresholds.
     *
     * @param lowUtilisation    p95 utilisation below which a resource counts as oversized, in (0, 1)
     * @param observationWindow how long it must have stayed below; positive
     * @param targetUtilisation p95 utilisation to size a downsized resource for, in (lowUtilisation, 1)
     * @throws org.itm.core.ItmValidationException if a utilisation is out of its range or the window is not
     *         positive
     */
    public RecommendationPolicy {
        Checks.require(lowUtilisation > 0 && lowUtilisation < 1, "lowUtilisation",
                "must be in (0, 1), was " + lowUtilisation);
        Checks.positive(observationWindow, "observationWindow");
        Checks.require(targetUtilisation > lowUtilisation && targetUtilisation < 1, "targetUtilisation",
                "must be in (lowUtilisation, 1), was " + targetUtilisation);
    }

    /**
     * The usual rightsizing rule: p95 under 20 % for 30 days, then downsize to run at 60 % p95.
     *
     * @return {@code new RecommendationPolicy(0.20, Duration.ofDays(30), 0.60)}
     */
    public static RecommendationPolicy defaults() {
        return new RecommendationPolicy(0.20, Duration.ofDays(30), 0.60);
    }
}
