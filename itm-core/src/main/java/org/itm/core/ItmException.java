package org.itm.core;

/**
 * Root of every exception that ITM throws on purpose; catch it to handle all of ITM's failures at once.
 *
 * <p>All ITM exceptions are unchecked. An operation that throws one has changed nothing.
 *
 * @since 0.1
 */
public class ItmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the input or state involved
     */
    public ItmException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the input or state involved
     * @param cause the underlying failure
     */
    public ItmException(String message, Throwable cause) {
        super(message, cause);
    }
}
