package org.itm.notify.webhook;

import java.time.Duration;

/**
 * Waits between delivery attempts. The notifier never sleeps by itself: pass a recording sleeper in tests so
 * that backoff schedules are checked without waiting.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits before the next attempt. Called on the sending thread, possibly by several threads at once.
     *
     * @param duration how long to wait, zero or positive (the backoff or the server's {@code Retry-After})
     * @throws InterruptedException if the thread is interrupted while waiting; the notifier then stops retrying
     *         and reports the delivery as {@code FAILED}, with the thread's interrupt flag set again
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper for production: blocks the sending thread.
     *
     * @return a sleeper that calls {@link Thread#sleep(long)} with the duration in whole milliseconds
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
