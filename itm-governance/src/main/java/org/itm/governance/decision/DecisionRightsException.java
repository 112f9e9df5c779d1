package org.itm.governance.decision;

import org.itm.core.ItmException;

/**
 * Thrown by {@link DecisionLog#record} when someone decides without the right to; the message says which right was
 * missing and who holds it, e.g. {@code "decision rejected: spending 600000.00 EUR needs steering; ann is director
 * and may approve only below 500000.00 EUR"}. Nothing is recorded.
 *
 * @since 0.1
 */
public class DecisionRightsException extends ItmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the reason the decision was rejected
     */
    public DecisionRightsException(String message) {
        super(message);
    }
}
