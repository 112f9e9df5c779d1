package org.itm.core;

/**
 * Thrown when an operation names something (a document, a rule, a service) that does not exist.
 *
 * @since 0.1
 */
public class NotFoundException extends ItmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was looked for, e.g. {@code no incident with id 'INC-7'}
     */
    public NotFoundException(String message) {
        super(message);
    }
}
