package org.itm.core;

/**
 * Root of every exception that ITM throws on purpose; catch it to handle all of ITM's failures at once.
 *
 * <p>All ITM exceptions are unchecked. An operation that throws one has changed nothing.
 */
public class ItmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItmException(String message) {
        super(message);
    }

    public ItmException(String message, Throwable cause) {
        super(message, cause);
    }
}
