package org.itm.risk.controls;

/**
 * What a control does about a risk.
 *
 * @since 0.1
 */
public enum ControlType {
    /** Stops the risk from happening, e.g. multi-factor authentication. */
    PREVENTIVE,
    /** Notices when it happens, e.g. log monitoring. */
    DETECTIVE,
    /** Limits the damage afterwards, e.g. restoring from backup. */
    CORRECTIVE
}
