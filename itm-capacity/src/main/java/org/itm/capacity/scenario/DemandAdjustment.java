package org.itm.capacity.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A change to forecast demand in a what-if scenario, applied to the point forecast and both interval bounds.
 * Multiplicative adjustments apply before additive ones. In JSON each adjustment names its kind
 * ({@code "kind": "growth"}, {@code "stepChange"} or {@code "seasonalPeak"}), so a stored scenario reads back.
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DemandAdjustment.Growth.class, name = "growth"),
        @JsonSubTypes.Type(value = DemandAdjustment.StepChange.class, name = "stepChange"),
        @JsonSubTypes.Type(value = DemandAdjustment.SeasonalPeak.class, name = "seasonalPeak")
})
public sealed interface DemandAdjustment {

    /**
     * Adjusts one forecast value.
     *
     * @param value  the forecast value (point forecast or interval bound), in the resource's unit
     * @param at     the instant the value is forecast for
     * @param origin the instant of the last observation of the history
     * @return the adjusted value
     */
    double apply(double value, Instant at, Instant origin);

    /**
     * Whether it changes the demand on a resource.
     *
     * @param resourceId the resource's id
     * @return {@code true} when the adjustment applies to that resource
     */
    boolean appliesTo(String resourceId);

    /**
     * Extra growth compounding at {@code annualRate} from the end of the history, on every resource: a value
     * {@code t} years after the last observation (a year of 365.2425 days) is multiplied by
     * {@code (1 + annualRate)^t}.
     *
     * @param annualRate the rate per year as a fraction: 0.2 is +20 % a year, -0.1 is -10 % a year; above -1
     */
    record Growth(double annualRate) implements DemandAdjustment {
        /**
         * Checks the rate.
         *
         * @param annualRate the rate per year as a fraction; finite and above -1
         * @throws org.itm.core.ItmValidationException if {@code annualRate} is not finite or not above -1
         */
        public Growth {
            Checks.require(annualRate > -1 && Double.isFinite(annualRate), "annualRate",
                    "must be a finite rate above -1, was " + annualRate);
        }

        @Override
        public double apply(double value, Instant at, Instant origin) {
            double years = Duration.between(origin, at).toSeconds() / (365.2425 * 86_400);
            return value * Math.pow(1 + annualRate, Math.max(0, years));
        }

        @Override
        public boolean appliesTo(String resourceId) {
            return true;
        }
    }

    /**
     * A step of {@code delta} usage units from {@code from} on (onboarding a customer), on the given resources
     * (all when empty). Step changes are added after every multiplicative adjustment.
     *
     * @param from        the first instant with the extra demand
     * @param delta       usage added (or removed, when negative), in the resource's unit; finite
     * @param resourceIds the resources affected; empty for all (copied)
     */
    record StepChange(Instant from, double delta, Set<String> resourceIds) implements DemandAdjustment {
        /**
         * Checks the components and copies the resource ids.
         *
         * @param from        the first instant with the extra demand
         * @param delta       usage added or removed; finite
         * @param resourceIds the resources affected; empty for all
         * @throws org.itm.core.ItmValidationException if a component is null or {@code delta} is not finite
         */
        public StepChange {
            Checks.notNull(from, "from");
            Checks.finite(delta, "delta");
            resourceIds = Set.copyOf(Checks.notNull(resourceIds, "resourceIds"));
        }

        @Override
        public double apply(double value, Instant at, Instant origin) {
            return at.isBefore(from) ? value : value + delta;
        }

        @Override
        public boolean appliesTo(String resourceId) {
            return resourceIds.isEmpty() || resourceIds.contains(resourceId);
        }
    }

    /**
     * Demand multiplied by {@code factor} in the given months of every year (UTC), e.g. a Christmas peak, on every
     * resource.
     *
     * @param months the months affected; at least one (copied)
     * @param factor the multiplier, e.g. 1.5 for half as much again; positive (below 1 for a quiet season)
     */
    record SeasonalPeak(Set<Month> months, double factor) implements DemandAdjustment {
        /**
         * Checks the components and copies the months.
         *
         * @param months the months affected; at least one
         * @param factor the multiplier; positive
         * @throws org.itm.core.ItmValidationException if {@code months} is empty or {@code factor} is not positive
         */
        public SeasonalPeak {
            months = Set.copyOf(Checks.notEmpty(months, "months"));
            Checks.positive(factor, "factor");
        }

        @Override
        public double apply(double value, Instant at, Instant origin) {
            return months.contains(at.atZone(ZoneOffset.UTC).getMonth()) ? value * factor : value;
        }

        @Override
        public boolean appliesTo(String resourceId) {
            return true;
        }
    }
}
