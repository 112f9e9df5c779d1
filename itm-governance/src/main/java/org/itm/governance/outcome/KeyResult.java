package org.itm.governance.outcome;

import org.itm.core.validation.Checks;

/**
 * A measurable key result: from {@code baseline} to {@code target} (which may be lower, for reductions), now at
 * {@code current}.
 */
public record KeyResult(String id, String description, double baseline, double target, double current) {

    public KeyResult {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.finite(baseline, "baseline");
        Checks.finite(target, "target");
        Checks.finite(current, "current");
        Checks.require(target != baseline, "target", "must differ from the baseline " + baseline);
    }

    /** Share of the way from baseline to target, clamped to [0, 1]: 0.5 means half way. */
    public double progress() {
        return Math.max(0, Math.min(1, (current - baseline) / (target - baseline)));
    }

    public KeyResult withCurrent(double value) {
        return new KeyResult(id, description, baseline, target, value);
    }
}
