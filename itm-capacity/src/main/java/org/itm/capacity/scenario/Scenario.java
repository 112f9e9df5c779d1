package org.itm.capacity.scenario;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A named what-if: demand adjustments over the baseline forecast and capacity changes. A scenario with neither
 * is the baseline itself.
 *
 * @param name            shown in comparisons
 * @param adjustments     demand changes, applied in order (multiplicative ones first)
 * @param capacityChanges capacity added or removed
 */
public record Scenario(String name, List<DemandAdjustment> adjustments, List<CapacityChange> capacityChanges) {

    public Scenario {
        Checks.notBlank(name, "name");
        adjustments = List.copyOf(Checks.notNull(adjustments, "adjustments"));
        capacityChanges = List.copyOf(Checks.notNull(capacityChanges, "capacityChanges"));
    }

    /** The unchanged baseline. */
    public static Scenario baseline() {
        return new Scenario("baseline", List.of(), List.of());
    }

    public static Scenario of(String name, DemandAdjustment... adjustments) {
        return new Scenario(name, List.of(adjustments), List.of());
    }

    /** This scenario with an extra capacity change. */
    public Scenario withCapacityChange(CapacityChange change) {
        List<CapacityChange> all = new ArrayList<>(capacityChanges);
        all.add(Checks.notNull(change, "change"));
        return new Scenario(name, adjustments, all);
    }
}
