package org.itm.operations.change;

/**
 * The kind of change, which decides the approval path.
 *
 * @since 0.1
 */
public enum ChangeType {
    /**
     * Pre-approved, from a template of a {@link StandardChangeCatalog}: authorised without votes while it stays
     * within the template (CIs, risk ceiling); outside it, it is assessed as NORMAL.
     */
    STANDARD,
    /** Assessed and approved case by case. */
    NORMAL,
    /** Needed urgently; approved by the emergency CAB and allowed into freeze windows. */
    EMERGENCY
}
