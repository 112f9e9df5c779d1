/**
 * Identifiers: a {@link org.itm.core.id.TypedId} gives each kind of record an id type of its own, so that an
 * incident id is never passed where a service id is expected, and an {@link org.itm.core.id.IdGenerator} makes new,
 * unique ids whose text sorts in the order they were made (UUIDv7, RFC 9562).
 *
 * <p>The entry point is {@link org.itm.core.id.IdGenerator#uuidV7(java.time.Clock)}; tests that need reproducible
 * ids pass a fixed clock and a seeded random source to
 * {@link org.itm.core.id.IdGenerator#uuidV7(java.time.Clock, java.util.random.RandomGenerator)}.
 *
 * <pre>{@code
 * import org.itm.core.validation.Checks;
 *
 * record TicketId(String value) implements TypedId {
 *     TicketId {
 *         Checks.id(value, "value");   // 1-128 letters, digits or ._:@/-
 *     }
 * }
 * IdGenerator ids = IdGenerator.uuidV7(Clock.systemUTC());
 * TicketId first = new TicketId(ids.next());
 * TicketId second = new TicketId(ids.next());   // second.value() sorts after first.value()
 * }</pre>
 */
@NullMarked
package org.itm.core.id;

import org.jspecify.annotations.NullMarked;
