package org.itm.governance.decision;

import org.itm.core.ItmException;

/** Thrown when someone decides without the right to; the message says which right was missing and who holds it. */
public class DecisionRightsException extends ItmException {

    private static final long serialVersionUID = 1L;

    public DecisionRightsException(String message) {
        super(message);
    }
}
