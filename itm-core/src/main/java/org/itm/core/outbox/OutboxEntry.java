package org.itm.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Notification;
import org.itm.core.store.DocumentIds;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One side effect waiting for, or past, delivery: a notification for one notifier, under an idempotency key.
 * Create one with {@link #pending}; the dispatcher moves it on with {@link #sent}, {@link #retryAt} and
 * {@link #dead}.
 *
 * @param idempotencyKey the notification's {@link Notification#idempotencyKey() idempotency key}; unique in the outbox
 * @param notifier       the {@link org.itm.core.notify.Notifier#name() name} of the notifier to deliver through
 * @param notification   what to deliver; carries {@code idempotencyKey}
 * @param status         pending, sent or dead
 * @param attempts       delivery attempts made so far (0 when new)
 * @param createdAt      when the entry was recorded
 * @param nextAttemptAt  when a pending entry is due; for a sent or dead entry, when it became so
 * @param lastError      the reason of the last failed attempt, if any
 * @since 0.1
 */
public record OutboxEntry(String idempotencyKey, String notifier, Notification notification, OutboxStatus status,
                          int attempts, Instant createdAt, Instant nextAttemptAt, Optional<String> lastError) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param idempotencyKey the notification's {@link Notification#idempotencyKey() idempotency key}; unique in
     *        the outbox
     * @param notifier the {@link org.itm.core.notify.Notifier#name() name} of the notifier to deliver through
     * @param notification what to deliver; carries {@code idempotencyKey}
     * @param status pending, sent or dead
     * @param attempts delivery attempts made so far (0 when new)
     * @param createdAt when the entry was recorded
     * @param nextAttemptAt when a pending entry is due; for a sent or dead entry, when it became so
     * @param lastError the reason of the last failed attempt, if any
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public OutboxEntry {
        Violations v = new Violations();
        v.check("", () -> Checks.notBlank(idempotencyKey, "idempotencyKey"));
        v.check("", () -> Checks.id(notifier, "notifier"));
        if (v.require(notification != null, "notification", "must not be null") && idempotencyKey != null) {
            v.require(notification.idempotencyKey().equals(Optional.of(idempotencyKey)), "notification.idempotencyKey",
                    "must be the entry's key '" + idempotencyKey + "', was " + notification.idempotencyKey());
        }
        v.require(status != null, "status", "must not be null");
        v.require(attempts >= 0, "attempts", "must not be negative, was " + attempts);
        v.require(status != OutboxStatus.SENT || attempts >= 1, "attempts", "must be at least 1 for a sent entry");
        v.require(createdAt != null, "createdAt", "must not be null");
        if (v.require(nextAttemptAt != null, "nextAttemptAt", "must not be null") && createdAt != null) {
            v.require(!nextAttemptAt.isBefore(createdAt), "nextAttemptAt", "must not be before createdAt");
        }
        if (v.require(lastError != null, "lastError", "must not be null (use Optional.empty())")) {
            lastError.ifPresent(e -> v.require(!e.isBlank(), "lastError", "must not be blank when present"));
        }
        v.throwIfAny();
    }

    /**
     * A new entry to deliver {@code notification} through {@code notifier} from {@code now} on.
     *
     * @param notifier     the notifier's name
     * @param notification a notification with an idempotency key
     * @param now          when the decision was taken
     * @return the pending entry
     * @throws org.itm.core.ItmValidationException if the notification has no idempotency key, or an argument is bad
     */
    public static OutboxEntry pending(String notifier, Notification notification, Instant now) {
        Checks.notNull(notification, "notification");
        String key = notification.idempotencyKey().orElseThrow(() -> new ItmValidationException(
                "notification.idempotencyKey", "must be present: the outbox delivers under the notification's key"));
        return new OutboxEntry(key, notifier, notification, OutboxStatus.PENDING, 0, now, now, Optional.empty());
    }

    /**
     * The document id of the entry with {@code idempotencyKey} (see {@link DocumentIds#forKey}).
     *
     * @param idempotencyKey the entry's idempotency key
     * @return the document id, stable for the key
     */
    public static String documentId(String idempotencyKey) {
        return DocumentIds.forKey(idempotencyKey);
    }

    /**
     * This entry delivered at {@code now}, after one more attempt.
     *
     * @param now when the delivery succeeded
     * @return the entry marked sent
     */
    public OutboxEntry sent(Instant now) {
        return new OutboxEntry(idempotencyKey, notifier, notification, OutboxStatus.SENT, attempts + 1, createdAt,
                later(now), lastError);
    }

    /**
     * This entry failed once more with {@code reason}, to try again {@code backoff} after {@code now}.
     *
     * @param now when the attempt failed
     * @param backoff how long to wait before the next attempt
     * @param reason the failure, e.g. {@code HTTP 503}
     * @return the entry, due again at {@code now + backoff}
     */
    public OutboxEntry retryAt(Instant now, Duration backoff, String reason) {
        return new OutboxEntry(idempotencyKey, notifier, notification, OutboxStatus.PENDING, attempts + 1, createdAt,
                later(now).plus(Checks.notNegative(backoff, "backoff")), Optional.of(reason));
    }

    /**
     * This entry given up at {@code now} with {@code reason} (counting the attempt if {@code attempted}).
     *
     * @param now when it was given up
     * @param reason why, e.g. {@code 5 attempts failed}
     * @param attempted whether an attempt was made this time
     * @return the entry marked dead; it is not retried
     */
    public OutboxEntry dead(Instant now, String reason, boolean attempted) {
        return new OutboxEntry(idempotencyKey, notifier, notification, OutboxStatus.DEAD,
                attempted ? attempts + 1 : attempts, createdAt, later(now), Optional.of(reason));
    }

    private Instant later(Instant now) {
        Checks.notNull(now, "now");
        return now.isBefore(createdAt) ? createdAt : now;
    }
}
