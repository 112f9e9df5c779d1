package org.itm.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.PriorityQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itm.core.ItmException;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The HMAC-SHA256 request signature of {@link WebhookNotifier}, for both sides: the notifier signs, a receiver
 * verifies with {@link #verify(String, String, String)} before trusting a request.
 *
 * <p>The notifier sends {@value #TIMESTAMP_HEADER} (Unix seconds) and {@value #SIGNATURE_HEADER}
 * ({@code v1=} and the lower-case hex HMAC-SHA256 of {@code timestamp + "." + body} under the shared secret).
 * Signing the timestamp lets a receiver refuse replays: a request older (or newer) than the tolerance is
 * rejected even when its signature is right. Inside the window, {@link #withReplayCache(int)} also refuses a request
 * seen before: it remembers each accepted signature until its timestamp leaves the window.
 *
 * @since 0.1
 */
public final class WebhookSignature {

    /** Header carrying the signing time in Unix seconds. */
    public static final String TIMESTAMP_HEADER = "X-ITM-Timestamp";
    /** Header carrying {@code v1=<hex HMAC-SHA256>}. */
    public static final String SIGNATURE_HEADER = "X-ITM-Signature";
    /** Default replay window of {@link #verifier(byte[], Clock)}: 5 minutes either side of the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String SCHEME = "v1=";

    private final byte[] secret;
    private final Clock clock;
    private final Duration tolerance;
    private final @Nullable ReplayCache replays;

    private WebhookSignature(byte[] secret, Clock clock, Duration tolerance, @Nullable ReplayCache replays) {
        this.secret = secret;
        this.clock = clock;
        this.tolerance = tolerance;
        this.replays = replays;
    }

    /**
     * A verifier for a receiving endpoint, with the default replay window of {@link #DEFAULT_TOLERANCE}.
     *
     * @param secret the secret shared with the sending notifier, at least 16 bytes (copied)
     * @param clock the receiver's clock, against which the signed timestamp is checked
     * @return a stateless, thread-safe verifier
     * @throws org.itm.core.ItmValidationException if the secret is shorter than 16 bytes
     */
    public static WebhookSignature verifier(byte[] secret, Clock clock) {
        return verifier(secret, clock, DEFAULT_TOLERANCE);
    }

    /**
     * A verifier accepting requests signed at most {@code tolerance} before or after the clock's instant; widen
     * the window when the sender's and receiver's clocks drift apart, narrow it to shorten the replay window.
     *
     * @param secret the secret shared with the sending notifier, at least 16 bytes (copied)
     * @param clock the receiver's clock, against which the signed timestamp is checked
     * @param tolerance the replay window either side of now, positive
     * @return a stateless, thread-safe verifier
     * @throws org.itm.core.ItmValidationException if the secret is shorter than 16 bytes or the tolerance is not
     *         positive
     */
    public static WebhookSignature verifier(byte[] secret, Clock clock, Duration tolerance) {
        Checks.notNull(secret, "secret");
        Checks.require(secret.length >= 16, "secret", "must be at least 16 bytes, was " + secret.length);
        return new WebhookSignature(secret.clone(), Checks.notNull(clock, "clock"),
                Checks.positive(tolerance, "tolerance"), null);
    }

    /**
     * This verifier with a replay cache: besides the timestamp check, a request whose signature was already
     * accepted is rejected ({@link Verification#replayed()}) for as long as its timestamp is inside the replay
     * window, after which the timestamp check refuses it anyway and the entry is dropped (as read from the clock, at
     * the next verification). The cache holds at most {@code capacity} unexpired signatures and fails closed: when
     * it is full a new authentic request is rejected until entries expire, so size it above the requests expected
     * within twice the tolerance. Only authentic requests enter it. The returned verifier keeps state and is
     * thread-safe; share one per receiving endpoint.
     *
     * <p>A sender re-signs every attempt with its current time, so a retry of a delivery whose answer was lost is
     * no replay unless it is signed within the same second with the same body; a receiver should answer a replay
     * as a duplicate it has already processed.
     *
     * @param capacity largest number of signatures remembered, at least 1
     * @return a new verifier with an empty cache; this one is unchanged
     * @throws org.itm.core.ItmValidationException if {@code capacity} is below 1
     */
    public WebhookSignature withReplayCache(int capacity) {
        Checks.require(capacity >= 1, "capacity", "must be at least 1, was " + capacity);
        return new WebhookSignature(secret, clock, tolerance, new ReplayCache(capacity));
    }

    /**
     * Shows how full the replay cache is, for monitoring a receiver that may need a larger
     * {@link #withReplayCache(int) capacity}.
     *
     * @return signatures the replay cache holds now (0 without one), after dropping expired entries
     */
    public int replayCacheSize() {
        return replays == null ? 0 : replays.size(clock.instant().getEpochSecond());
    }

    /**
     * Signs a request the way the notifier does, for a sender of your own or a test of a receiver. Send the
     * result in {@value #SIGNATURE_HEADER} and {@code timestamp}'s Unix seconds in {@value #TIMESTAMP_HEADER}.
     *
     * @param secret the shared secret
     * @param timestamp the signing time; only its whole seconds are signed
     * @param body the exact request body
     * @return {@code v1=} followed by the lower-case hex HMAC-SHA256 of {@code seconds + "." + body}
     */
    public static String sign(byte[] secret, Instant timestamp, String body) {
        return SCHEME + hmacHex(secret, timestamp.getEpochSecond() + "." + body);
    }

    /**
     * Whether a request is authentic and fresh.
     *
     * @param timestampHeader value of {@value #TIMESTAMP_HEADER}
     * @param signatureHeader value of {@value #SIGNATURE_HEADER}
     * @param body            the raw request body, exactly as received
     * @return accepted, or rejected with the reason: a missing or malformed header, a timestamp outside the
     *         window, a signature that does not match, or (with a replay cache) a replay or a full cache; this
     *         method does not throw for a bad request
     */
    public Verification verify(String timestampHeader, String signatureHeader, String body) {
        if (timestampHeader == null || signatureHeader == null || body == null) {
            return Verification.rejected("the timestamp or signature header is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return Verification.rejected("the timestamp is not a number of Unix seconds");
        }
        // any long is a valid header, far beyond the range of Instant: compare in exact integer arithmetic
        Instant now = clock.instant();
        long nowSeconds = now.getEpochSecond();
        Duration age;
        try {
            long apart = Math.subtractExact(nowSeconds, seconds);
            age = apart >= 0 ? Duration.ofSeconds(apart, now.getNano())
                    : Duration.ofSeconds(Math.negateExact(apart)).minusNanos(now.getNano());
        } catch (ArithmeticException e) {
            return Verification.rejected("the timestamp " + seconds + " is far outside the replay window of "
                    + tolerance.toSeconds() + " s");
        }
        if (age.compareTo(tolerance) > 0) {
            return Verification.rejected("the request was signed " + age.toSeconds()
                    + " s away from now, outside the replay window of " + tolerance.toSeconds() + " s");
        }
        String expected = SCHEME + hmacHex(secret, seconds + "." + body);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
        if (!same) {
            return Verification.rejected("the signature does not match the body");
        }
        if (replays == null) {
            return Verification.accepted();
        }
        // the signature covers timestamp and body, so it identifies the request; it is kept while the
        // timestamp could still pass the window check
        long ceilTolerance = tolerance.getNano() == 0 ? tolerance.getSeconds() : tolerance.getSeconds() + 1;
        long lastAcceptedSecond = saturatedAdd(seconds, ceilTolerance);
        return replays.admit(expected, lastAcceptedSecond, nowSeconds);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
    }

    /** Accepted signatures by the last second their timestamp is inside the window; bounded, fails closed. */
    private static final class ReplayCache {
        private final int capacity;
        private final Map<String, Long> lastSecondBySignature = new HashMap<>();
        private final PriorityQueue<Map.Entry<String, Long>> byLastSecond =
                new PriorityQueue<>(Map.Entry.comparingByValue());

        ReplayCache(int capacity) {
            this.capacity = capacity;
        }

        synchronized Verification admit(String signature, long lastSecond, long nowSeconds) {
            expire(nowSeconds);
            if (lastSecondBySignature.containsKey(signature)) {
                return new Verification(false, "replayed: this signature was already accepted inside the replay "
                        + "window", true);
            }
            if (lastSecondBySignature.size() >= capacity) {
                return Verification.rejected("the replay cache is full (" + capacity + " requests inside the "
                        + "replay window); try again later");
            }
            lastSecondBySignature.put(signature, lastSecond);
            byLastSecond.add(Map.entry(signature, lastSecond));
            return Verification.accepted();
        }

        synchronized int size(long nowSeconds) {
            expire(nowSeconds);
            return lastSecondBySignature.size();
        }

        private void expire(long nowSeconds) {
            while (!byLastSecond.isEmpty() && byLastSecond.peek().getValue() < nowSeconds) {
                lastSecondBySignature.remove(byLastSecond.poll().getKey());
            }
        }
    }

    /**
     * The outcome of {@link #verify}; act only on accepted requests.
     *
     * @param valid    whether the request is authentic, inside the replay window and (with a replay cache) new
     * @param reason   why it was rejected, or {@code accepted}
     * @param replayed whether it was rejected only because the replay cache had already accepted it: an authentic
     *                 duplicate, to be answered as one already processed
     */
    public record Verification(boolean valid, String reason, boolean replayed) {

        /**
         * An outcome; receivers normally get one from {@link WebhookSignature#verify} rather than build one.
         *
         * @param valid    whether the request is accepted
         * @param reason   why it was rejected, or {@code accepted}; not blank
         * @param replayed whether it was rejected as an authentic duplicate; never true when {@code valid}
         * @throws org.itm.core.ItmValidationException if the reason is blank, or a valid outcome is marked replayed
         */
        public Verification {
            Checks.notBlank(reason, "reason");
            Checks.require(!(valid && replayed), "replayed", "an accepted request is not a replay");
        }

        static Verification accepted() {
            return new Verification(true, "accepted", false);
        }

        static Verification rejected(String reason) {
            return new Verification(false, reason, false);
        }
    }

    static String hmacHex(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new ItmException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
