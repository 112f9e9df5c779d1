package org.itm.core;

/**
 * Thrown when a lifecycle is asked to move from a state to one it may not reach; nothing is changed.
 */
public class IllegalStateTransitionException extends ItmException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public IllegalStateTransitionException(String entity, Object from, Object to, String reason) {
        super(entity + ": illegal transition " + from + " -> " + to + " (" + reason + ")");
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
    }

    /** The state the entity was in. */
    public String from() {
        return from;
    }

    /** The state that was asked for. */
    public String to() {
        return to;
    }
}
