package org.itm.core;

import java.util.Objects;

/**
 * One reason why an input was rejected: the property path that was wrong and a message saying why.
 *
 * @param path    dotted property path of the bad element, e.g. {@code targets[P1].duration}; never blank
 * @param message human-readable reason, e.g. {@code must be positive}; never blank
 * @since 0.1
 */
public record Violation(String path, String message) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param path dotted property path of the bad element, e.g. {@code targets[P1].duration}; never blank
     * @param message human-readable reason, e.g. {@code must be positive}; never blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
