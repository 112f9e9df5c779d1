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
import java.util.Objects;
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
 *         .clock(Clock.systemUTC())
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
 *
 * <p>A built notifier is immutable and safe for concurrent sends; {@code send} blocks the calling thread for the
 * attempts and the waits between them. It rejects a {@code null} notification with
 * {@link org.itm.core.ItmValidationException}.
 *
 * @since 0.1
 */
public interface WebhookNotifier extends Notifier {

    /** Request header carrying the notification's idempotency key, when it has one. */
    String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    /**
     * Starts the settings of a webhook notifier; {@link Builder#name(String) name},
     * {@link Builder#endpoint(URI) endpoint} and {@link Builder#clock(Clock) clock} are required.
     *
     * @return a new builder with the defaults documented on each setting
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Settings of a {@link WebhookNotifier}; {@link #build()} validates them all and reports every problem at once. The
     * constraint annotations on the fields are what {@code build()} requires, checked through
     * {@link Validation#check(Object, Class...)}; the rules they cannot express (an http(s) endpoint, a maximum
     * backoff not below the initial one) are checked beside them.
     * A builder is not thread-safe: fill and build it on one thread.
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

        /**
         * Required: the name routes address this notifier by, also reported in every {@code DeliveryResult}.
         *
         * @param name 1-128 letters, digits or {@code ._:@/-}, starting with a letter or digit
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Required: where to POST. Redirects are not followed by the notifier's own HTTP client (a 3xx answer is a
         * permanent refusal).
         *
         * @param endpoint an absolute {@code http} or {@code https} URL with a host
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Signs every request with this shared secret, so a receiver can check it with {@link WebhookSignature};
         * without one requests are not signed.
         *
         * @param secret at least 16 bytes, copied; give the receiver the same bytes
         * @return this builder
         */
        public Builder secret(byte[] secret) {
            this.secret = secret == null ? null : secret.clone();
            return this;
        }

        /**
         * As {@link #secret(byte[])}, with the UTF-8 bytes of {@code secret}.
         *
         * @param secret a secret whose UTF-8 encoding is at least 16 bytes
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Chooses the shape of the request body.
         *
         * @param formatter default {@link PayloadFormatter#json()}; {@link PayloadFormatter#slack()} for a Slack
         *                  incoming webhook, {@link PayloadFormatter#template} for another JSON shape
         * @return this builder
         */
        public Builder formatter(PayloadFormatter formatter) {
            this.formatter = formatter;
            return this;
        }

        /**
         * Longest wait for a TCP/TLS connection; ignored when an {@link #httpClient(HttpClient) HTTP client} is
         * given, which has its own.
         *
         * @param connectTimeout positive, default 5 s
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Longest wait for the answer of one attempt; a time-out counts as a failed attempt and is retried.
         *
         * @param requestTimeout positive, default 10 s
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * Bounds how often one notification is tried; 1 disables retries.
         *
         * @param maxAttempts attempts in total, the first included: 1 to 20, default 4
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Wait before the second attempt, doubled for each further one up to {@link #maxBackoff(Duration)}.
         *
         * @param initialBackoff positive, default 500 ms
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Cap of the exponential backoff.
         *
         * @param maxBackoff positive and not shorter than {@link #initialBackoff(Duration)}, default 30 s
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Fraction of each backoff that is random (0 to 1, default 0.5): the wait is drawn from
         * {@code [backoff * (1 - jitter), backoff]}, so that many senders failing together do not retry together.
         *
         * @param jitter 0 (no randomness) to 1
         * @return this builder
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Longest {@code Retry-After} honoured; a server asking for a longer wait ends delivery at once as
         * {@code FAILED}, so a send never blocks for longer than this per retry.
         *
         * @param maxRetryAfter positive, default 2 min
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * Required: the time of signature timestamps and of {@code sentAt}, and the reference for HTTP-date
         * {@code Retry-After} values.
         *
         * @param clock {@link Clock#systemUTC()} in production, a fixed clock in tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * How to wait between attempts; a test passes one that records the waits instead of blocking.
         *
         * @param sleeper default {@link Sleeper#system()}
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * Source of the jitter; a seeded generator makes the backoff schedule repeatable in tests.
         *
         * @param random default {@link RandomGenerator#getDefault()}
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /**
         * Receives every notification that could not be delivered, for parking and replay.
         *
         * @param deadLetter default {@link DeadLetterHandler#ignore()}
         * @return this builder
         */
        public Builder deadLetter(DeadLetterHandler deadLetter) {
            this.deadLetter = deadLetter;
            return this;
        }

        /**
         * An HTTP client to share or to configure (proxy, TLS, redirects); by default the notifier makes its own,
         * which does not follow redirects.
         *
         * @param httpClient the client every attempt is sent with; the notifier never closes it
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Validates every setting and makes the notifier.
         *
         * @return an immutable notifier, safe for concurrent sends
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
            // the checks above rejected every missing setting
            return new HttpWebhookNotifier(new HttpWebhookNotifier.Settings(Objects.requireNonNull(name),
                    Objects.requireNonNull(endpoint), secret, formatter, requestTimeout, maxAttempts, initialBackoff,
                    maxBackoff, jitter, maxRetryAfter, Objects.requireNonNull(clock), sleeper, random, deadLetter),
                    client);
        }

        private static boolean positive(@Nullable Duration d) {
            return d != null && !d.isNegative() && !d.isZero();
        }
    }
}
