package org.itm.notify.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.validation.Checks;
import org.itm.notify.webhook.DeadLetterHandler;
import org.itm.notify.webhook.PayloadFormatter;
import org.itm.notify.webhook.Sleeper;
import org.itm.notify.webhook.WebhookNotifier;
import org.itm.notify.webhook.WebhookSignature;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The webhook notifier over the JDK HTTP client; see {@link WebhookNotifier} for the behaviour. */
public final class HttpWebhookNotifier implements WebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(HttpWebhookNotifier.class);

    /** The validated settings of the builder. */
    public record Settings(String name, URI endpoint, byte @Nullable [] secret, PayloadFormatter formatter,
                           Duration requestTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                           double jitter, Duration maxRetryAfter, Clock clock, Sleeper sleeper,
                           RandomGenerator random, DeadLetterHandler deadLetter) {
    }

    /** What one attempt came to. */
    private record Outcome(boolean delivered, boolean retryable, String reason, Optional<Duration> retryAfter) {
    }

    private final Settings s;
    private final HttpClient client;

    public HttpWebhookNotifier(Settings settings, HttpClient client) {
        this.s = settings;
        this.client = client;
    }

    @Override
    public String name() {
        return s.name();
    }

    @Override
    public DeliveryResult send(Notification notification) {
        Checks.notNull(notification, "notification");
        Outcome last = null;
        int attempt = 0;
        while (attempt < s.maxAttempts()) {
            attempt++;
            last = attempt(notification);
            if (last.delivered()) {
                LOG.debug("webhook {} delivered {} after {} attempt(s)", s.name(), notification.correlationId(),
                        attempt);
                return DeliveryResult.delivered(s.name(), attempt);
            }
            if (!last.retryable() || attempt == s.maxAttempts()) {
                break;
            }
            Duration wait = backoff(attempt);
            if (last.retryAfter().isPresent()) {
                Duration asked = last.retryAfter().get();
                if (asked.compareTo(s.maxRetryAfter()) > 0) {
                    last = new Outcome(false, false, last.reason() + "; the server asked to retry after "
                            + asked.toSeconds() + " s, longer than maxRetryAfter " + s.maxRetryAfter().toSeconds()
                            + " s", Optional.empty());
                    break;
                }
                wait = asked;
            }
            LOG.debug("webhook {} attempt {} for {} failed ({}); retrying in {} ms", s.name(), attempt,
                    notification.correlationId(), last.reason(), wait.toMillis());
            try {
                s.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                last = new Outcome(false, false, last.reason() + "; interrupted while waiting to retry",
                        Optional.empty());
                break;
            }
        }
        DeliveryResult failed = DeliveryResult.failed(s.name(),
                "webhook delivery failed after " + attempt + " attempt(s): "
                        + Objects.requireNonNull(last, "maxAttempts is at least 1").reason(), attempt);
        LOG.debug("webhook {} gave up on {}: {}", s.name(), notification.correlationId(), failed.reason());
        try {
            s.deadLetter().deadLetter(notification, failed);
        } catch (RuntimeException e) {
            LOG.warn("dead-letter handler of webhook {} failed for {}", s.name(), notification.correlationId(), e);
        }
        return failed;
    }

    private Outcome attempt(Notification notification) {
        Instant now = s.clock().instant();
        String body = s.formatter().format(notification, now);
        HttpRequest.Builder request = HttpRequest.newBuilder(s.endpoint())
                .timeout(s.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "itm-webhook-notifier")
                .header("X-ITM-Correlation-Id", notification.correlationId())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        notification.idempotencyKey().ifPresent(key -> request.header(WebhookNotifier.IDEMPOTENCY_KEY_HEADER, key));
        if (s.secret() != null) {
            request.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(s.secret(), now, body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, false, "HTTP " + status, Optional.empty());
            }
            String reason = "HTTP " + status + " from " + s.endpoint();
            if (status == 429 || status >= 500) {
                return new Outcome(false, true, reason,
                        response.headers().firstValue("Retry-After").flatMap(this::parseRetryAfter));
            }
            return new Outcome(false, false, reason + " (not retried: the endpoint refused the request)",
                    Optional.empty());
        } catch (HttpTimeoutException e) {
            return new Outcome(false, true, "no answer from " + s.endpoint() + " within "
                    + s.requestTimeout().toMillis() + " ms", Optional.empty());
        } catch (IOException e) {
            return new Outcome(false, true, "could not reach " + s.endpoint() + ": " + e, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, "interrupted while sending", Optional.empty());
        }
    }

    /** Exponential backoff for the wait after {@code attempt}, capped, with the configured random fraction. */
    Duration backoff(int attempt) {
        long base = s.initialBackoff().toMillis();
        long cap = s.maxBackoff().toMillis();
        long exp = attempt - 1 >= 30 ? cap : Math.min(cap, base << (attempt - 1));
        long jittered = Math.round(exp * (1 - s.jitter() * s.random().nextDouble()));
        return Duration.ofMillis(Math.max(0, jittered));
    }

    /** {@code Retry-After} as delta-seconds or an HTTP-date (RFC 9110); unparseable values are ignored. */
    Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration until = Duration.between(s.clock().instant(), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "WebhookNotifier[" + s.name() + " -> " + s.endpoint() + "]";
    }
}
