package org.itm.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/** Opaque keyset page tokens: the type and the last id of a page, so the next page starts strictly after it. */
final class PageTokens {

    private static final String PREFIX = "jdbc1\n";

    private PageTokens() {
    }

    static String after(String type, String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + type + "\n" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static String lastId(String type, String token) {
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
        try {
            return Checks.id(text.substring(expected.length()), "pageToken");
        } catch (ItmValidationException e) {
            throw foreign(type);
        }
    }

    private static ItmValidationException foreign(String type) {
        return new ItmValidationException("pageToken", "is not a page token of a query of type '" + type + "'");
    }
}
