package org.itm.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.itm.core.notify.Notifier;
import org.itm.core.outbox.internal.StoreOutboxDispatcher;
import org.itm.core.store.Query;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Delivers the pending entries of an {@link Outbox} through their notifiers, at least once: an entry is marked
 * {@link OutboxStatus#SENT} only after its notifier said {@code DELIVERED} (or {@code SUPPRESSED}), so a crash in
 * between delivers it again on the next run, under the same idempotency key. A failed delivery is retried after an
 * exponential backoff; after {@link Builder#maxAttempts(int)} attempts, or at once for a notification the notifier
 * refuses as unaddressable, the entry is marked {@link OutboxStatus#DEAD} and handed to the dead-letter listener.
 * A dispatcher handles only the entries of the notifiers it was given; entries for other notifiers stay pending for
 * the dispatcher (perhaps of another application on the same store) that has them.
 *
 * <p>Run it in the embedding application: call {@link #drainOnce()} where you like (after each batch, in a test),
 * or {@link #schedule} it on your executor. Several dispatchers on one store are safe: each marks an entry with an
 * optimistic write and leaves an entry another changed first.
 *
 * @since 0.1
 */
public interface OutboxDispatcher {

    /**
     * Delivers every pending entry of its notifiers that is due now (by the clock), page by page, and records the
     * outcome of each.
     *
     * @return what was done
     */
    DispatchReport drainOnce();

    /**
     * Runs {@link #drainOnce()} on {@code executor} every {@code period} (with fixed delay) until the returned
     * future is cancelled; a failing run is logged and does not stop the schedule.
     *
     * @param executor the application's executor
     * @param period   pause between the end of one run and the start of the next; positive
     * @return the scheduled task
     * @throws org.itm.core.ItmValidationException if an argument is null or the period is not positive
     */
    ScheduledFuture<?> schedule(ScheduledExecutorService executor, Duration period);

    /**
     * Starts a dispatcher over {@code outbox}.
     *
     * @param outbox the outbox to drain
     * @return a builder
     */
    static Builder builder(Outbox outbox) {
        return new Builder(outbox);
    }

    /** Settings of an {@link OutboxDispatcher}; {@link #build()} reports every bad one at once. */
    final class Builder {
        private final @Nullable Outbox outbox;
        private final List<Notifier> notifiers = new ArrayList<>();
        private @Nullable Clock clock;
        private int maxAttempts = 10;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofMinutes(10);
        private int pageSize = 100;
        private Consumer<OutboxEntry> deadLetter = e -> { };

        private Builder(@Nullable Outbox outbox) {
            this.outbox = outbox;
        }

        /**
         * Adds a notifier; entries name theirs by {@link Notifier#name()}.
         *
         * @param notifier the notifier
         * @return this builder
         */
        public Builder notifier(Notifier notifier) {
            notifiers.add(notifier);
            return this;
        }

        /**
         * Required: the clock that says which entries are due and stamps outcomes.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Attempts before an entry is dead-lettered (default 10).
         *
         * @param attempts 1 or more
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Wait after the first failure (default 1 s); doubles after each further failure up to {@link #maxBackoff}.
         *
         * @param backoff positive
         * @return this builder
         */
        public Builder initialBackoff(Duration backoff) {
            this.initialBackoff = backoff;
            return this;
        }

        /**
         * Longest wait between attempts (default 10 min).
         *
         * @param backoff at least the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration backoff) {
            this.maxBackoff = backoff;
            return this;
        }

        /**
         * Entries read per page while draining (default 100).
         *
         * @param size 1 to {@value org.itm.core.store.Query#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder pageSize(int size) {
            this.pageSize = size;
            return this;
        }

        /**
         * Called with each entry when it is marked dead (after it is stored so); exceptions it throws are logged.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder deadLetter(Consumer<OutboxEntry> listener) {
            this.deadLetter = listener;
            return this;
        }

        /**
         * The dispatcher.
         *
         * @return the dispatcher
         * @throws org.itm.core.ItmValidationException naming every missing or bad setting
         */
        public OutboxDispatcher build() {
            Violations v = new Violations();
            v.require(outbox != null, "outbox", "must not be null");
            v.require(clock != null, "clock", "must be set");
            v.require(!notifiers.isEmpty(), "notifiers", "must name at least one notifier");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < notifiers.size(); i++) {
                Notifier n = notifiers.get(i);
                if (v.require(n != null, "notifiers[" + i + "]", "must not be null")) {
                    v.require(names.add(n.name()), "notifiers[" + i + "]", "repeats the name '" + n.name() + "'");
                }
            }
            v.require(maxAttempts >= 1, "maxAttempts", "must be at least 1, was " + maxAttempts);
            boolean initialOk = v.require(initialBackoff != null && initialBackoff.compareTo(Duration.ZERO) > 0,
                    "initialBackoff", "must be positive, was " + initialBackoff);
            if (v.require(maxBackoff != null, "maxBackoff", "must not be null") && initialOk) {
                v.require(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff",
                        "must be at least initialBackoff " + initialBackoff + ", was " + maxBackoff);
            }
            v.require(pageSize >= 1 && pageSize <= Query.MAX_PAGE_SIZE, "pageSize",
                    "must be in [1, " + Query.MAX_PAGE_SIZE + "], was " + pageSize);
            v.require(deadLetter != null, "deadLetter", "must not be null");
            v.throwIfAny();
            return new StoreOutboxDispatcher(Objects.requireNonNull(outbox), List.copyOf(notifiers),
                    Objects.requireNonNull(clock), maxAttempts, initialBackoff,
                    maxBackoff, pageSize, deadLetter);
        }
    }
}
