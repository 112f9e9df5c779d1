package org.itm.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void generatesVersion7UuidsCarryingTheClockMillis() {
        IdGenerator ids = IdGenerator.uuidV7(Clock.fixed(T, ZoneOffset.UTC));
        UUID id = ids.nextUuid();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
    }

    @Test
    void idsAreStrictlyIncreasingWithinOneMillisecondAndWhenTheClockStepsBack() {
        MutableClock clock = new MutableClock(T);
        IdGenerator ids = IdGenerator.uuidV7(clock, new Random(1));
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i == 5_000) {
                clock.now = T.minusSeconds(10);
            }
            generated.add(ids.next());
        }
        assertThat(generated).isSorted().doesNotHaveDuplicates();
        assertThat(new HashSet<>(generated)).hasSize(10_000);
    }

    @Test
    void sameSeedAndClockGiveTheSameIds() {
        Clock fixed = Clock.fixed(T, ZoneOffset.UTC);
        IdGenerator a = IdGenerator.uuidV7(fixed, new Random(42));
        IdGenerator b = IdGenerator.uuidV7(fixed, new Random(42));
        for (int i = 0; i < 100; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnes() {
        MutableClock clock = new MutableClock(T);
        IdGenerator ids = IdGenerator.uuidV7(clock);
        String first = ids.next();
        clock.now = T.plusMillis(1);
        assertThat(ids.next()).isGreaterThan(first);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
