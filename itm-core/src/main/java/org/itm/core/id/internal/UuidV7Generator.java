package org.itm.core.id.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.itm.core.id.IdGenerator;

/** UUIDv7 with a per-millisecond counter so that ids from one generator are strictly increasing. */
public final class UuidV7Generator implements IdGenerator {

    private static final int COUNTER_LIMIT = 1 << 12;

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private int counter;

    public UuidV7Generator(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String next() {
        return nextUuid().toString();
    }

    @Override
    public synchronized UUID nextUuid() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(COUNTER_LIMIT / 2); // leave room to increase within the millisecond
        } else {
            // same millisecond, or the clock went backwards: stay on lastMillis and count up
            counter++;
            if (counter >= COUNTER_LIMIT) {
                lastMillis++;
                counter = 0;
            }
        }
        long msb = ((lastMillis & 0xFFFF_FFFF_FFFFL) << 16) | (0x7L << 12) | counter;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
