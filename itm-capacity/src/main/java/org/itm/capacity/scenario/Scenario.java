package org.itm.capacity.scenario;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A named what-if: demand adjustments over the baseline forecast and capacity changes. A scenario with neither
 * is the baseline itself.
 *
 * @param name            shown in comparisons; not blank
 * @param adjustments     demand changes, applied in order (multiplicative ones first, then step changes); copied
 * @param capacityChanges capacity added or removed; copied
 * @since 0.1
 */
public record Scenario(String name, List<DemandAdjustment> adjustments, List<CapacityChange> capacityChanges) {

    /**
     * Checks the name and copies the lists.
     *
     * @param name            shown in comparisons; not blank
     * @param adjustments     demand changes; copied
     * @param capacityChanges capacity added or removed; copied
     * @throws org.itm.core.ItmValidationException if {@code name} is blank or a list is null
     */
    public Scenario {
        Checks.notBlank(name, "name");
        adjustments = List.copyOf(Checks.notNull(adjustments, "adjustments"));
        capacityChanges = List.copyOf(Checks.notNull(capacityChanges, "capacityChanges"));
    }

    /**
     * The unchanged baseline, to compare the other scenarios with.
     *
     * @return a scenario named {@code "baseline"} with no adjustment and no capacity change
     */
    public static Scenario baseline() {
        return new Scenario("baseline", List.of(), List.of());
    }

    /**
     * A scenario of demand adjustments only; add capacity with {@link #withCapacityChange}.
     *
     * @param name        shown in comparisons; not blank
     * @param adjustments demand changes
     * @return the scenario
     * @throws org.itm.core.ItmValidationException if {@code name} is blank
     * @throws NullPointerException if an adjustment is null
     */
    public static Scenario of(String name, DemandAdjustment... adjustments) {
        return new Scenario(name, List.of(adjustments), List.of());
    }

    /**
     * This scenario with an extra capacity change; this scenario is unchanged.
     *
     * @param change the change to add
     * @return a copy with {@code change} after the existing capacity changes
     * @throws org.itm.core.ItmValidationException if {@code change} is null
     */
    public Scenario withCapacityChange(CapacityChange change) {
        List<CapacityChange> all = new ArrayList<>(capacityChanges);
        all.add(Checks.notNull(change, "change"));
        return new Scenario(name, adjustments, all);
    }
}
