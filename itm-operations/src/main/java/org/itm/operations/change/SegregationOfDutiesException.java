package org.itm.operations.change;

import org.itm.core.ItmException;

/** Thrown when a requester or implementer tries to approve their own change; nothing is changed. */
public class SegregationOfDutiesException extends ItmException {

    private static final long serialVersionUID = 1L;

    public SegregationOfDutiesException(String message) {
        super(message);
    }
}
