package org.itm.core.id;

/**
 * An identifier with a type of its own (an {@code IncidentId} is never mistaken for a {@code ServiceId}).
 *
 * <p>Implementations are records whose compact constructor validates {@link #value()} with
 * {@link org.itm.core.validation.Checks#id(String, String)}.
 *
 * @since 0.1
 */
public interface TypedId {

    /**
     * The identifier's text; 1–128 characters of letters, digits and {@code ._:@/-}.
     *
     * @return the identifier's text
     */
    String value();
}
