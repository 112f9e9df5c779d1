package org.itm.notify.webhook;

import java.time.Duration;

/**
 * Waits between delivery attempts. The notifier never sleeps by itself: pass a recording sleeper in tests so
 * that backoff schedules are checked without waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
