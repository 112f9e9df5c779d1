package org.itm.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itm.core.ItmException;
import org.itm.core.validation.Checks;

/**
 * The HMAC-SHA256 request signature of {@link WebhookNotifier}, for both sides: the notifier signs, a receiver
 * verifies with {@link #verify(String, String, String)} before trusting a request.
 *
 * <p>The notifier sends {@value #TIMESTAMP_HEADER} (Unix seconds) and {@value #SIGNATURE_HEADER}
 * ({@code v1=} and the lower-case hex HMAC-SHA256 of {@code timestamp + "." + body} under the shared secret).
 * Signing the timestamp lets a receiver refuse replays: a request older (or newer) than the tolerance is
 * rejected even when its signature is right.
 */
public final class WebhookSignature {

    /** Header carrying the signing time in Unix seconds. */
    public static final String TIMESTAMP_HEADER = "X-ITM-Timestamp";
    /** Header carrying {@code v1=<hex HMAC-SHA256>}. */
    public static final String SIGNATURE_HEADER = "X-ITM-Signature";
    /** Default replay window of {@link #verifier(byte[], Clock)}. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String SCHEME = "v1=";

    private final byte[] secret;
    private final Clock clock;
    private final Duration tolerance;

    private WebhookSignature(byte[] secret, Clock clock, Duration tolerance) {
        this.secret = secret;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** A verifier with the default replay window of {@link #DEFAULT_TOLERANCE}. */
    public static WebhookSignature verifier(byte[] secret, Clock clock) {
        return verifier(secret, clock, DEFAULT_TOLERANCE);
    }

    /** A verifier accepting requests signed at most {@code tolerance} before or after the clock's instant. */
    public static WebhookSignature verifier(byte[] secret, Clock clock, Duration tolerance) {
        Checks.notNull(secret, "secret");
        Checks.require(secret.length >= 16, "secret", "must be at least 16 bytes, was " + secret.length);
        return new WebhookSignature(secret.clone(), Checks.notNull(clock, "clock"),
                Checks.positive(tolerance, "tolerance"));
    }

    /** The {@value #SIGNATURE_HEADER} value for {@code body} sent at {@code timestamp}. */
    public static String sign(byte[] secret, Instant timestamp, String body) {
        return SCHEME + hmacHex(secret, timestamp.getEpochSecond() + "." + body);
    }

    /**
     * Whether a request is authentic and fresh.
     *
     * @param timestampHeader value of {@value #TIMESTAMP_HEADER}
     * @param signatureHeader value of {@value #SIGNATURE_HEADER}
     * @param body            the raw request body, exactly as received
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
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            return Verification.rejected("the request was signed " + age.toSeconds()
                    + " s away from now, outside the replay window of " + tolerance.toSeconds() + " s");
        }
        String expected = SCHEME + hmacHex(secret, seconds + "." + body);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
        return same ? Verification.accepted() : Verification.rejected("the signature does not match the body");
    }

    /**
     * The outcome of {@link #verify}; act only on accepted requests.
     *
     * @param valid  whether the request is authentic and inside the replay window
     * @param reason why it was rejected, or {@code accepted}
     */
    public record Verification(boolean valid, String reason) {

        static Verification accepted() {
            return new Verification(true, "accepted");
        }

        static Verification rejected(String reason) {
            return new Verification(false, reason);
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
