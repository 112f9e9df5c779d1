package org.itm.operations.change;

import org.itm.core.ItmException;

/**
 * Thrown when a requester or implementer tries to approve their own change; nothing is changed.
 *
 * @since 0.1
 */
public class SegregationOfDutiesException extends ItmException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with the message shown to people.
     *
     * @param message names the change, the person and the duty that bars them
     */
    public SegregationOfDutiesException(String message) {
        super(message);
    }
}
