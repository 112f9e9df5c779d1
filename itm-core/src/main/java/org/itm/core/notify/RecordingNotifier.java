package org.itm.core.notify;

import java.util.List;
import org.itm.core.notify.internal.InMemoryRecordingNotifier;

/**
 * A notifier that keeps what it delivers in memory, for tests: pass it where a {@link Notifier} is needed, then
 * assert on {@link #received()}. It can also simulate a failing downstream with {@link #failNext(int, String)}.
 * Thread-safe. It keeps everything until {@link #clear()}, so it is not meant for production traffic.
 *
 * <p>It honours {@link Notification#idempotencyKey()}: a notification whose key was delivered before is
 * acknowledged as {@code DELIVERED} (reason "already delivered ...") but not added to {@link #received()} again.
 *
 * @since 0.1
 */
public interface RecordingNotifier extends Notifier {

    /**
     * A recording notifier named {@code recording}.
     *
     * @return a new, thread-safe recording notifier
     */
    static RecordingNotifier create() {
        return new InMemoryRecordingNotifier("recording");
    }

    /**
     * A recording notifier named {@code name} (1-128 letters, digits or {@code ._:@/-}).
     *
     * @param name the notifier's name
     * @return a new, thread-safe recording notifier
     */
    static RecordingNotifier create(String name) {
        return new InMemoryRecordingNotifier(name);
    }

    /**
     * The notifications delivered so far, oldest first; an unmodifiable snapshot.
     *
     * @return the received notifications
     */
    List<Notification> received();

    /**
     * Every result returned so far (delivered and failed), oldest first; an unmodifiable snapshot.
     *
     * @return the results
     */
    List<DeliveryResult> results();

    /**
     * Makes the next {@code count} sends fail with {@code reason} (and not be recorded as received), as a broken
     * downstream would; {@code Integer.MAX_VALUE} means until {@link #clear()}.
     *
     * @param count how many sends fail, 0 or more
     * @param reason the failure reason reported
     */
    void failNext(int count, String reason);

    /** Forgets everything received, the idempotency keys delivered, and any pending simulated failures. */
    void clear();
}
