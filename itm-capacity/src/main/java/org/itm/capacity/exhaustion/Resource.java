package org.itm.capacity.exhaustion;

import java.time.Duration;
import org.itm.capacity.series.Unit;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Something with finite capacity that demand uses up: a storage array, a CPU pool, a licence count, a team of
 * agents. Build one with {@link #builder(String)}.
 *
 * @param id                  identifier
 * @param kind                what it provides
 * @param unit                unit of capacity and usage
 * @param capacity            installed capacity; positive
 * @param warningThreshold    share of capacity that should raise a warning, in (0, 1]
 * @param criticalThreshold   share of capacity that counts as exhausted, in [warningThreshold, 1]
 * @param procurementLeadTime time from ordering more capacity to having it in service
 */
public record Resource(String id, ResourceKind kind, Unit unit, double capacity, double warningThreshold,
                       double criticalThreshold, Duration procurementLeadTime) {

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

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Usage at the critical threshold. */
    public double criticalLimit() {
        return capacity * criticalThreshold;
    }

    /** Usage at the warning threshold. */
    public double warningLimit() {
        return capacity * warningThreshold;
    }

    /** This resource with a different installed capacity (for scenarios of added or removed capacity). */
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

        public Builder kind(ResourceKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder capacity(double capacity, Unit unit) {
            this.capacity = capacity;
            this.unit = unit;
            return this;
        }

        /** Warning and critical thresholds as shares of capacity (defaults 0.8 and 0.9). */
        public Builder thresholds(double warning, double critical) {
            this.warning = warning;
            this.critical = critical;
            return this;
        }

        public Builder procurementLeadTime(Duration leadTime) {
            this.leadTime = leadTime;
            return this;
        }

        public Resource build() {
            return new Resource(id, kind, unit, capacity, warning, critical, leadTime);
        }
    }
}
