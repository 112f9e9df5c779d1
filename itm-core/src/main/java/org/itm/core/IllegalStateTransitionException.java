package org.itm.core;

/**
 * Thrown when a lifecycle is asked to move from a state to one it may not reach; nothing is changed.
 *
 * @since 0.1
 */
public class IllegalStateTransitionException extends ItmException {

    private static final long serialVersionUID = 1L;

    /** The state the entity was in, as text. */
    private final String from;
    /** The state that was asked for, as text. */
    private final String to;

    /**
     * @param entity what was asked to move, e.g. {@code change CHG-7}
     * @param from the current state
     * @param to the requested state
     * @param reason why the move is not allowed, e.g. {@code no approval}
     */
    public IllegalStateTransitionException(String entity, Object from, Object to, String reason) {
        super(entity + ": illegal transition " + from + " -> " + to + " (" + reason + ")");
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
    }

    /**
     * The state the entity was in.
     *
     * @return the current state's {@code toString()}
     */
    public String from() {
        return from;
    }

    /**
     * The state that was asked for.
     *
     * @return the requested state's {@code toString()}
     */
    public String to() {
        return to;
    }
}
