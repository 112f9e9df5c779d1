package org.itm.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.itm.core.id.internal.UuidV7Generator;

/**
 * Generates new, unique, time-ordered identifiers. Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface IdGenerator {

    /**
     * Returns a new identifier; later calls on the same generator return lexicographically greater text.
     *
     * @return the new id, 1-128 characters usable as a document id
     */
    String next();

    /**
     * Returns a new identifier as a UUID.
     *
     * @return the new id
     */
    UUID nextUuid();

    /**
     * UUIDv7 (RFC 9562) generator: 48 bits of Unix milliseconds from {@code clock}, a 12-bit counter that keeps
     * ids strictly increasing within a millisecond (and when the clock steps back), and 62 random bits from a
     * cryptographically strong source.
     *
     * @param clock the source of the timestamp bits
     * @return a thread-safe generator
     */
    static IdGenerator uuidV7(Clock clock) {
        return new UuidV7Generator(Objects.requireNonNull(clock, "clock"), new SecureRandom());
    }

    /**
     * Like {@link #uuidV7(Clock)} but with the random bits from {@code random}, for reproducible test runs.
     *
     * @param clock the source of the timestamp bits
     * @param random the source of the random bits
     * @return a generator, thread-safe if {@code random} is
     */
    static IdGenerator uuidV7(Clock clock, RandomGenerator random) {
        return new UuidV7Generator(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(random, "random"));
    }
}
