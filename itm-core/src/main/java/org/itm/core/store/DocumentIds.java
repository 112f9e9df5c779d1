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

    private DocumentIds() {
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "k" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
