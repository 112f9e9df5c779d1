package org.itm.risk.controls;

import java.time.Period;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A control of the library.
 *
 * @param id            identifier
 * @param name          short name
 * @param objective     what it must achieve
 * @param type          preventive, detective or corrective
 * @param testEvery     how often it must be tested
 * @param owner         accountable person (notified of findings)
 * @param risks         ids of the risks it reduces
 * @param requirements  framework requirements it implements
 * @since 0.1
 */
public record Control(String id, String name, String objective, ControlType type, Period testEvery, String owner,
                      Set<String> risks, Set<RequirementRef> requirements) {

    /**
     * Checks the components and copies the sets.
     *
     * @param id            identifier
     * @param name          short name
     * @param objective     what it must achieve
     * @param type          preventive, detective or corrective
     * @param testEvery     how often it must be tested
     * @param owner         accountable person (notified of findings)
     * @param risks         ids of the risks it reduces
     * @param requirements  framework requirements it implements
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code id} when not an id;
     *                                             {@code name}, {@code objective} or {@code owner} when blank;
     *                                             {@code type}, {@code risks} or {@code requirements} when null;
     *                                             {@code testEvery} when not a positive period
     */
    public Control {
        Violations v = new Violations();
        v.check("id", () -> Checks.id(id, "id"));
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(objective != null && !objective.isBlank(), "objective", "must not be blank");
        v.require(type != null, "type", "must not be null");
        v.require(testEvery != null && !testEvery.isNegative() && !testEvery.isZero(), "testEvery",
                "must be a positive period");
        v.require(owner != null && !owner.isBlank(), "owner", "must not be blank");
        v.require(risks != null, "risks", "must not be null");
        v.require(requirements != null, "requirements", "must not be null");
        v.throwIfAny();
        risks = Set.copyOf(risks);
        requirements = Set.copyOf(requirements);
    }
}
