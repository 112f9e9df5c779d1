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
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DemandAdjustment.Growth.class, name = "growth"),
        @JsonSubTypes.Type(value = DemandAdjustment.StepChange.class, name = "stepChange"),
        @JsonSubTypes.Type(value = DemandAdjustment.SeasonalPeak.class, name = "seasonalPeak")
})
public sealed interface DemandAdjustment {

    /** The adjusted value of {@code value}, forecast for {@code at}, whose history ended at {@code origin}. */
    double apply(double value, Instant at, Instant origin);

    /** Whether it changes the demand on resource {@code resourceId}. */
    boolean appliesTo(String resourceId);

    /** Extra growth compounding at {@code annualRate} (0.2 = +20 % a year) from the end of the history. */
    record Growth(double annualRate) implements DemandAdjustment {
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
     * (all when empty).
     */
    record StepChange(Instant from, double delta, Set<String> resourceIds) implements DemandAdjustment {
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

    /** Demand multiplied by {@code factor} in the given months of every year (UTC), e.g. a Christmas peak. */
    record SeasonalPeak(Set<Month> months, double factor) implements DemandAdjustment {
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
