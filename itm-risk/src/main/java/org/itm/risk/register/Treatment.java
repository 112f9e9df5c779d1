package org.itm.risk.register;

/**
 * The four ways to treat a risk.
 *
 * @since 0.1
 */
public enum Treatment {
    /** Live with the risk as it is, e.g. when it is within appetite or treating it costs more than it saves. */
    ACCEPT,
    /** Reduce its likelihood or impact with controls. */
    MITIGATE,
    /** Shift the impact to a third party, e.g. insurance or a contract. */
    TRANSFER,
    /** Stop the activity that causes it. */
    AVOID
}
