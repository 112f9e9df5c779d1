package org.itm.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.itm.core.validation.Checks;

/**
 * Turns natural keys that are not id-like (an idempotency key such as {@code INC-7|sla-50|cycle2}, a set of
 * incident ids) into document ids, so that the key itself can be the unit of uniqueness: creating a second
 * document for the same key conflicts.
 *
 * @since 0.1
 */
public final class DocumentIds {

    /** Cloned for each key: cheaper than looking the algorithm up among the security providers every time. */
    private static final MessageDigest SHA_256 = sha256();

    private DocumentIds() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static MessageDigest freshSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    /**
     * A document id derived from {@code key}: {@code k} and the 64 hex digits of its SHA-256 (UTF-8), the same in
     * every JVM and store, and distinct for distinct keys.
     *
     * @param key any non-empty text
     * @return an id-like string of 65 characters
     * @throws org.itm.core.ItmValidationException if {@code key} is null or empty
     */
    public static String forKey(String key) {
        Checks.notNull(key, "key");
        Checks.require(!key.isEmpty(), "key", "must not be empty");
        byte[] digest = freshSha256().digest(key.getBytes(StandardCharsets.UTF_8));
        return "k" + HexFormat.of().formatHex(digest);
    }
}
