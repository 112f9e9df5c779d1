package org.itm.core.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.DeliveryStatus;
import org.itm.core.notify.Notifier;
import org.itm.core.outbox.DispatchReport;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxDispatcher;
import org.itm.core.outbox.OutboxEntry;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dispatcher behind {@link OutboxDispatcher#builder}; stateless between runs, everything lives in the store. */
public final class StoreOutboxDispatcher implements OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOutboxDispatcher.class);

    private final Outbox outbox;
    private final Map<String, Notifier> notifiers;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int pageSize;
    private final Consumer<OutboxEntry> deadLetter;

    public StoreOutboxDispatcher(Outbox outbox, List<Notifier> notifiers, Clock clock, int maxAttempts,
            Duration initialBackoff, Duration maxBackoff, int pageSize, Consumer<OutboxEntry> deadLetter) {
        this.outbox = outbox;
        this.notifiers = notifiers.stream().collect(Collectors.toUnmodifiableMap(Notifier::name, Function.identity()));
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.pageSize = pageSize;
        this.deadLetter = deadLetter;
    }

    @Override
    public DispatchReport drainOnce() {
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int notDue = 0;
        int lostRace = 0;
        Instant now = clock.instant();
        // each dispatcher drains only its own notifiers' entries: other applications sharing the store keep theirs
        for (Map.Entry<String, Notifier> drained : notifiers.entrySet()) {
            String notifierName = drained.getKey();
            Query pending = outbox.entries().query().where("status", OutboxStatus.PENDING.name())
                    .where("notifier", notifierName).withPageSize(pageSize);
            Optional<String> token = Optional.empty();
            do {
                Page<Versioned<OutboxEntry>> page = outbox.entries().find(token.map(pending::after).orElse(pending));
                for (Versioned<OutboxEntry> v : page.items()) {
                    OutboxEntry entry = v.value();
                    if (entry.nextAttemptAt().isAfter(now)) {
                        notDue++;
                        continue;
                    }
                    OutboxEntry next = attempt(entry, drained.getValue(), now);
                    try {
                        outbox.entries().update(next, v.version());
                    } catch (StaleVersionException e) {
                        // another dispatcher settled it first; its outcome stands
                        lostRace++;
                        continue;
                    }
                    switch (next.status()) {
                        case SENT -> sent++;
                        case PENDING -> retried++;
                        case DEAD -> {
                            dead++;
                            LOG.warn("outbox entry for notifier {} dead-lettered after {} attempt(s): {}",
                                    next.notifier(), next.attempts(), next.lastError().orElse(""));
                            try {
                                deadLetter.accept(next);
                            } catch (RuntimeException e) {
                                LOG.warn("outbox dead-letter listener failed", e);
                            }
                        }
                    }
                }
                token = page.nextPageToken();
            } while (token.isPresent());
        }
        DispatchReport report = new DispatchReport(sent, retried, dead, notDue, lostRace);
        LOG.debug("outbox drained: {}", report);
        return report;
    }

    private OutboxEntry attempt(OutboxEntry entry, Notifier notifier, Instant now) {
        DeliveryResult result;
        try {
            result = notifier.send(entry.notification());
        } catch (ItmValidationException e) {
            return entry.dead(now, "notifier " + notifier.name() + " refused the notification: " + e.getMessage(),
                    true);
        } catch (RuntimeException e) {
            // the Notifier contract forbids this; treat it like a failed delivery so the entry is not lost
            result = DeliveryResult.failed(notifier.name(), "notifier threw " + e, 1);
        }
        if (result == null) {
            result = DeliveryResult.failed(notifier.name(), "notifier returned no result", 1);
        }
        if (result.status() != DeliveryStatus.FAILED) {
            return entry.sent(now);
        }
        if (entry.attempts() + 1 >= maxAttempts) {
            return entry.dead(now, result.reason(), true);
        }
        return entry.retryAt(now, backoff(entry.attempts() + 1), result.reason());
    }

    /** Wait after the {@code failures}-th failure: initial × 2^(failures-1), capped. */
    Duration backoff(int failures) {
        if (failures - 1 >= 62) {
            return maxBackoff;
        }
        long factor = 1L << (failures - 1);
        Duration wait = initialBackoff.toNanos() > maxBackoff.toNanos() / factor ? maxBackoff
                : initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    @Override
    public ScheduledFuture<?> schedule(ScheduledExecutorService executor, Duration period) {
        Checks.notNull(executor, "executor");
        Checks.positive(period, "period");
        return executor.scheduleWithFixedDelay(() -> {
            try {
                drainOnce();
            } catch (RuntimeException e) {
                LOG.warn("outbox dispatch run failed; retrying at the next run", e);
            }
        }, 0, period.toNanos(), TimeUnit.NANOSECONDS);
    }
}
