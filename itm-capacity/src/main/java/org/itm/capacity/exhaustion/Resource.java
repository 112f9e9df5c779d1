package org.itm.capacity.exhaustion;

import java.time.Duration;
import org.itm.capacity.series.Unit;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Something with finite capacity that demand uses up: a storage array, a CPU pool, a licence count, a team of
 * agents. Build one with {@link #builder(String)}.
 *
 * @param id                  identifier: 1-128 letters, digits or {@code ._:@/-}, starting with a letter or digit
 * @param kind                what it provides
 * @param unit                unit of capacity and usage
 * @param capacity            installed capacity; positive
 * @param warningThreshold    share of capacity that should raise a warning, in (0, 1]
 * @param criticalThreshold   share of capacity that counts as exhausted, in [warningThreshold, 1]
 * @param procurementLeadTime time from ordering more capacity to having it in service; not negative
 * @since 0.1
 */
public record Resource(String id, ResourceKind kind, Unit unit, double capacity, double warningThreshold,
                       double criticalThreshold, Duration procurementLeadTime) {

    /**
     * Checks every component and reports all violations at once.
     *
     * @param id                  identifier: 1-128 letters, digits or {@code ._:@/-}
     * @param kind                what it provides
     * @param unit                unit of capacity and usage
     * @param capacity            installed capacity; positive and finite
     * @param warningThreshold    share of capacity that should raise a warning, in (0, 1]
     * @param criticalThreshold   share of capacity that counts as exhausted, in [warningThreshold, 1]
     * @param procurementLeadTime time from ordering more capacity to having it in service; not negative
     * @throws org.itm.core.ItmValidationException naming every invalid component
     */
    public Resource {
        Violations v = new Violations();
        v.check("id", () -> Checks.id(id, "id"));
        v.require(kind != null, "kind", "must not be null");
        v.require(unit != null, "unit", "must not be null");
        v.require(capacity > 0 && Double.isFinite(capacity), "capacity", "must be a positive finite number, was " + capacity);
        v.require(warningThreshold > 0 && warningThreshold <= 1, "warningThreshold",
                "must be in (0, 1], was " + warningThreshold);
        v.require(criticalThreshold >= warningThreshold && criticalThreshold <= 1, "criticalThreshold",
                "must be in [warningThreshold, 1], was " + criticalThreshold);
        v.require(procurementLeadTime != null && !procurementLeadTime.isNegative(), "procurementLeadTime",
                "must be a duration >= 0");
        v.throwIfAny();
    }

    /**
     * Starts a resource; only the capacity must be set, the rest defaults to kind {@code OTHER}, thresholds 0.8
     * and 0.9 and no lead time.
     *
     * @param id the identifier, checked by {@link Builder#build()}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Usage at the critical threshold.
     *
     * @return {@code capacity × criticalThreshold}, in {@link #unit()}
     */
    public double criticalLimit() {
        return capacity * criticalThreshold;
    }

    /**
     * Usage at the warning threshold.
     *
     * @return {@code capacity × warningThreshold}, in {@link #unit()}
     */
    public double warningLimit() {
        return capacity * warningThreshold;
    }

    /**
     * This resource with a different installed capacity (for scenarios of added or removed capacity); thresholds
     * stay shares of capacity, so the limits move with it.
     *
     * @param newCapacity the installed capacity; positive and finite
     * @return a copy with {@code newCapacity}
     * @throws org.itm.core.ItmValidationException if {@code newCapacity} is not positive and finite
     */
    public Resource withCapacity(double newCapacity) {
        return new Resource(id, kind, unit, newCapacity, warningThreshold, criticalThreshold, procurementLeadTime);
    }

    /** Collects a resource's settings; {@link #build()} validates all of them at once. */
    public static final class Builder {
        private final String id;
        private ResourceKind kind = ResourceKind.OTHER;
        private Unit unit = Unit.NONE;
        private double capacity = Double.NaN;
        private double warning = 0.8;
        private double critical = 0.9;
        private Duration leadTime = Duration.ZERO;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets what the resource provides (default {@link ResourceKind#OTHER}).
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(ResourceKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the installed capacity; required.
         *
         * @param capacity the capacity; positive and finite (checked by {@link #build()})
         * @param unit     unit of capacity and of the usage series analysed against it
         * @return this builder
         */
        public Builder capacity(double capacity, Unit unit) {
            this.capacity = capacity;
            this.unit = unit;
            return this;
        }

        /**
         * Sets the warning and critical thresholds as shares of capacity (defaults 0.8 and 0.9).
         *
         * @param warning  share that raises a warning, in (0, 1]
         * @param critical share that counts as exhausted, in [warning, 1]
         * @return this builder
         */
        public Builder thresholds(double warning, double critical) {
            this.warning = warning;
            this.critical = critical;
            return this;
        }

        /**
         * Sets how long it takes to get more capacity into service (default zero); the order-by date is this long
         * before the expected critical crossing.
         *
         * @param leadTime the lead time; not negative
         * @return this builder
         */
        public Builder procurementLeadTime(Duration leadTime) {
            this.leadTime = leadTime;
            return this;
        }

        /**
         * Builds the resource.
         *
         * @return the resource
         * @throws org.itm.core.ItmValidationException naming every invalid setting at once (a missing capacity
         *         is reported as {@code capacity})
         */
        public Resource build() {
            return new Resource(id, kind, unit, capacity, warning, critical, leadTime);
        }
    }
}
