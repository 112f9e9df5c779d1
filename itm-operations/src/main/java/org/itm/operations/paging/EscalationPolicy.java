package org.itm.operations.paging;

import java.time.Duration;
import java.util.List;
import org.itm.core.validation.Violations;

/**
 * An ordered list of levels, walked once and then {@code repeats} more times while nobody acknowledges.
 *
 * @param id      identifies the policy
 * @param levels  first level first; not empty; copied
 * @param repeats extra rounds after the first, 0 or more
 * @since 0.1
 */
public record EscalationPolicy(String id, List<EscalationLevel> levels, int repeats) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param id      identifies the policy
     * @param levels  first level first; not empty; copied
     * @param repeats extra rounds after the first, 0 or more
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public EscalationPolicy {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(levels != null && !levels.isEmpty(), "levels", "must hold at least one level");
        v.require(repeats >= 0, "repeats", "must not be negative, was " + repeats);
        v.throwIfAny();
        levels = List.copyOf(levels);
    }

    /** @return the time one round of all levels takes */
    public Duration roundLength() {
        return levels.stream().map(EscalationLevel::delay).reduce(Duration.ZERO, Duration::plus);
    }
}
