package org.itm.notify.webhook;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.PositiveDuration;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.itm.notify.webhook.internal.HttpWebhookNotifier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Notifier} that POSTs each notification as JSON to one HTTP(S) endpoint; build it with
 * {@link #builder()}.
 *
 * <pre>{@code
 * Notifier hooks = WebhookNotifier.builder()
 *         .name("ops-webhook")
 *         .endpoint(URI.create("https://hooks.example.org/itm"))
 *         .secret(sharedSecret)                 // signs every request, see WebhookSignature
 *         .deadLetter((n, result) -> parkForReplay(n, result))
 *         .build();
 * }</pre>
 *
 * <p>Delivery: a 2xx answer is {@code DELIVERED}. A 5xx or 429 answer, a time-out or a connection failure is
 * retried up to {@link Builder#maxAttempts(int)} attempts in total, waiting an exponential backoff with jitter,
 * or the server's {@code Retry-After} when it sends one. Any other answer (4xx, 3xx) is a permanent refusal and
 * is not retried. When delivery ends without success the {@link DeadLetterHandler} gets the notification and
 * {@code send} returns {@code FAILED} with the last reason and the number of attempts; it never throws for a
 * delivery failure.
 *
 * <p>A notification with an {@link org.itm.core.notify.Notification#idempotencyKey() idempotency key} is sent with
 * it in the {@value #IDEMPOTENCY_KEY_HEADER} header, on every attempt and every re-delivery of the same decision,
 * so that a receiver that remembers the keys it processed acts on each one once.
 */
public interface WebhookNotifier extends Notifier {

    /** Request header carrying the notification's idempotency key, when it has one. */
    String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    /** A builder with the defaults documented on each setting. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Settings of a {@link WebhookNotifier}; {@link #build()} validates them all and reports every problem. The
     * constraint annotations on the fields are what {@code build()} requires, checked through
     * {@link Validation#check(Object, Class...)}; the rules they cannot express (an http(s) endpoint, a maximum
     * backoff not below the initial one) are checked beside them.
     */
    final class Builder {

        @NotNull
        @Identifier
        private @Nullable String name;
        @NotNull(message = "must be set")
        private @Nullable URI endpoint;
        @Size(min = 16, message = "must be at least 16 bytes")
        private byte @Nullable [] secret;
        @NotNull
        private PayloadFormatter formatter = PayloadFormatter.json();
        @NotNull
        @PositiveDuration
        private Duration connectTimeout = Duration.ofSeconds(5);
        @NotNull
        @PositiveDuration
        private Duration requestTimeout = Duration.ofSeconds(10);
        @Min(value = 1, message = "must be 1 to 20")
        @Max(value = 20, message = "must be 1 to 20")
        private int maxAttempts = 4;
        @NotNull
        @PositiveDuration
        private Duration initialBackoff = Duration.ofMillis(500);
        @NotNull
        @PositiveDuration
        private Duration maxBackoff = Duration.ofSeconds(30);
        @DecimalMin(value = "0", message = "must be 0 to 1")
        @DecimalMax(value = "1", message = "must be 0 to 1")
        private double jitter = 0.5;
        @NotNull
        @PositiveDuration
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        @NotNull(message = "must be set: timestamps come from an injected Clock (Clock.systemUTC() in production)")
        private @org.jspecify.annotations.Nullable Clock clock;
        @NotNull
        private Sleeper sleeper = Sleeper.system();
        @NotNull
        private RandomGenerator random = RandomGenerator.getDefault();
        @NotNull
        private DeadLetterHandler deadLetter = DeadLetterHandler.ignore();
        private @Nullable HttpClient httpClient;

        private Builder() {
        }

        /** Required: the notifier's name in routes and results (1-128 letters, digits or {@code ._:@/-}). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Required: the {@code http} or {@code https} URL to POST to. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Signs requests with this shared secret (at least 16 bytes); without one requests are not signed. */
        public Builder secret(byte[] secret) {
            this.secret = secret == null ? null : secret.clone();
            return this;
        }

        /** As {@link #secret(byte[])}, with the UTF-8 bytes of {@code secret}. */
        public Builder secret(String secret) {
            this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** The body format; default {@link PayloadFormatter#json()}, {@link PayloadFormatter#slack()} for Slack. */
        public Builder formatter(PayloadFormatter formatter) {
            this.formatter = formatter;
            return this;
        }

        /** Longest wait for a connection (default 5 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Longest wait for the answer of one attempt (default 10 s); a time-out is retried. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** Attempts in total, the first included (1 to 20, default 4). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Backoff before the second attempt, doubled for each further one (default 500 ms). */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** Cap of the exponential backoff (default 30 s). */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Fraction of each backoff that is random (0 to 1, default 0.5): the wait is drawn from
         * {@code [backoff * (1 - jitter), backoff]}, so that many senders failing together do not retry together.
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Longest {@code Retry-After} honoured (default 2 min); a server asking for longer ends delivery. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Clock for signature timestamps, {@code sentAt} and HTTP-date {@code Retry-After} values. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How to wait between attempts (default {@link Sleeper#system()}). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Source of the jitter (default {@link RandomGenerator#getDefault()}). */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /** Gets every notification that could not be delivered (default: {@link DeadLetterHandler#ignore()}). */
        public Builder deadLetter(DeadLetterHandler deadLetter) {
            this.deadLetter = deadLetter;
            return this;
        }

        /** An HTTP client to share (proxy, TLS settings); by default the notifier makes its own. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * The notifier.
         *
         * @throws org.itm.core.ItmValidationException naming every bad setting
         */
        public WebhookNotifier build() {
            Violations v = new Violations().addAll(Validation.check(this));
            if (endpoint != null) {
                String scheme = endpoint.getScheme();
                v.require(("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                        && endpoint.getHost() != null, "endpoint", "must be an absolute http(s) URL, was " + endpoint);
            }
            if (positive(maxBackoff) && positive(initialBackoff)) {
                v.require(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff",
                        "must not be shorter than initialBackoff");
            }
            v.throwIfAny();
            HttpClient client = httpClient != null ? httpClient
                    : HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
            return new HttpWebhookNotifier(new HttpWebhookNotifier.Settings(name, endpoint, secret, formatter,
                    requestTimeout, maxAttempts, initialBackoff, maxBackoff, jitter, maxRetryAfter, clock, sleeper,
                    random, deadLetter), client);
        }

        private static boolean positive(@Nullable Duration d) {
            return d != null && !d.isNegative() && !d.isZero();
        }
    }
}
