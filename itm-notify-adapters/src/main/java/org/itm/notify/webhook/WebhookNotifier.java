package org.itm.notify.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.itm.core.notify.Notifier;
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

    /** Settings of a {@link WebhookNotifier}; {@link #build()} validates them all and reports every problem. */
    final class Builder {

        private @Nullable String name;
        private @Nullable URI endpoint;
        private byte @Nullable [] secret;
        private PayloadFormatter formatter = PayloadFormatter.json();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double jitter = 0.5;
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private @org.jspecify.annotations.Nullable Clock clock;
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = RandomGenerator.getDefault();
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
            Violations v = new Violations();
            v.require(name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}"), "name",
                    "must be 1-128 letters, digits or ._:@/- starting with a letter or digit");
            if (v.require(endpoint != null, "endpoint", "must be set")) {
                String scheme = endpoint.getScheme();
                v.require(("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                        && endpoint.getHost() != null, "endpoint", "must be an absolute http(s) URL, was " + endpoint);
            }
            v.require(secret == null || secret.length >= 16, "secret", "must be at least 16 bytes");
            v.require(formatter != null, "formatter", "must not be null");
            positive(v, connectTimeout, "connectTimeout");
            positive(v, requestTimeout, "requestTimeout");
            v.require(maxAttempts >= 1 && maxAttempts <= 20, "maxAttempts", "must be 1 to 20, was " + maxAttempts);
            positive(v, initialBackoff, "initialBackoff");
            if (positive(v, maxBackoff, "maxBackoff") && initialBackoff != null && !initialBackoff.isNegative()) {
                v.require(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff",
                        "must not be shorter than initialBackoff");
            }
            v.require(jitter >= 0 && jitter <= 1, "jitter", "must be 0 to 1, was " + jitter);
            positive(v, maxRetryAfter, "maxRetryAfter");
            v.require(clock != null, "clock", "must be set: timestamps come from an injected Clock (Clock.systemUTC() in production)");
            v.require(sleeper != null, "sleeper", "must not be null");
            v.require(random != null, "random", "must not be null");
            v.require(deadLetter != null, "deadLetter", "must not be null");
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

        private static boolean positive(Violations v, @Nullable Duration d, String field) {
            return v.require(d != null && !d.isNegative() && !d.isZero(), field, "must be a positive duration");
        }
    }
}
