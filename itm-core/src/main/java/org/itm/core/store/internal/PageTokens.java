package org.itm.core.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Opaque page tokens for id-ordered (keyset) paging: the token names the type and the last id returned, so
 * the next page starts strictly after it whatever was written in between.
 */
public final class PageTokens {

    private static final String PREFIX = "p1\n";

    private PageTokens() {
    }

    /** The token continuing after {@code lastId} in a query of {@code type}. */
    public static String after(String type, String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + type + "\n" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The last id encoded in {@code token}.
     *
     * @throws ItmValidationException if the token was not made by {@link #after} for {@code type}
     */
    public static String lastId(String type, String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw foreign(type);
        }
        String expected = PREFIX + type + "\n";
        if (!text.startsWith(expected)) {
            throw foreign(type);
        }
        String lastId = text.substring(expected.length());
        try {
            return Checks.id(lastId, "pageToken");
        } catch (ItmValidationException e) {
            throw foreign(type);
        }
    }

    private static ItmValidationException foreign(String type) {
        return new ItmValidationException("pageToken", "is not a page token of a query of type '" + type + "'");
    }
}
