package org.itm.risk.controls;

import org.itm.core.validation.Checks;

/**
 * A monitoring flag on a control.
 *
 * @param control the control
 * @param kind    overdue test or failing control
 * @param reason  the explanation, e.g. "last tested 2025-11-02, due every P3M: overdue since 2026-02-02"
 * @since 0.1
 */
public record ControlFinding(Control control, Kind kind, String reason) {

    /** What is wrong. */
    public enum Kind {
        /** Never tested, or the test period has passed since the latest test. */
        TEST_OVERDUE,
        /** The latest test failed. */
        FAILING
    }

    /**
     * Checks the components.
     *
     * @param control the control
     * @param kind    overdue test or failing control
     * @param reason  the explanation, e.g. "last tested 2025-11-02, due every P3M: overdue since 2026-02-02"
     * @throws org.itm.core.ItmValidationException naming {@code control} or {@code kind} when null, or
     *                                             {@code reason} when blank
     */
    public ControlFinding {
        Checks.notNull(control, "control");
        Checks.notNull(kind, "kind");
        Checks.notBlank(reason, "reason");
    }
}
