package org.itm.governance.outcome;

import org.itm.core.validation.Checks;

/**
 * A measurable key result: from {@code baseline} to {@code target} (which may be lower, for reductions), now at
 * {@code current}. Move it on with {@link #withCurrent} as measurements come in.
 *
 * @param id          identifier, unique within its {@link Outcome}
 * @param description what is measured and in which unit, e.g. {@code "Median first response in minutes"}
 * @param baseline    the value when the outcome was set; finite
 * @param target      the value to reach; finite and not equal to {@code baseline}
 * @param current     the latest measured value; finite, may lie beyond the target or before the baseline
 * @since 0.1
 */
public record KeyResult(String id, String description, double baseline, double target, double current) {

    /**
     * Checks the components.
     *
     * @param id          identifier, unique within its {@link Outcome}
     * @param description what is measured and in which unit, e.g. {@code "Median first response in minutes"}
     * @param baseline    the value when the outcome was set; finite
     * @param target      the value to reach; finite and not equal to {@code baseline}
     * @param current     the latest measured value; finite, may lie beyond the target or before the baseline
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code description} when blank,
     *                                             {@code baseline}, {@code target} or {@code current} when not
     *                                             finite, or {@code target} when it equals the baseline
     */
    public KeyResult {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.finite(baseline, "baseline");
        Checks.finite(target, "target");
        Checks.finite(current, "current");
        Checks.require(target != baseline, "target", "must differ from the baseline " + baseline);
    }

    /**
     * Share of the way from baseline to target, for targets above or below the baseline alike: from 240 to 30
     * minutes, a current 135 is 0.5.
     *
     * @return the progress, clamped to [0, 1]: 0 at or before the baseline, 1 at or beyond the target
     */
    public double progress() {
        return Math.max(0, Math.min(1, (current - baseline) / (target - baseline)));
    }

    /**
     * This key result with a new measurement.
     *
     * @param value the latest measured value; finite
     * @return a copy with {@code current} replaced
     * @throws org.itm.core.ItmValidationException naming {@code current} when {@code value} is not finite
     */
    public KeyResult withCurrent(double value) {
        return new KeyResult(id, description, baseline, target, value);
    }
}
