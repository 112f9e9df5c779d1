package org.itm.core;

/**
 * Thrown when an operation names something (a document, a rule, a service) that does not exist.
 */
public class NotFoundException extends ItmException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
