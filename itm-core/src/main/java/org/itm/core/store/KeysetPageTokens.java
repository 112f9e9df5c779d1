package org.itm.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Opaque page tokens for id-ordered (keyset) paging, for {@link DocumentStore} implementations: a token names the
 * query's type and the last id returned, so the next page starts strictly after it whatever was written in
 * between. Tokens of one scheme are refused by stores using another, so a token cannot wander between stores.
 *
 * @param scheme a short name of the store family, e.g. {@code p1} or {@code jdbc1}; letters and digits
 * @since 0.1
 */
public record KeysetPageTokens(String scheme) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param scheme a short name of the store family, e.g. {@code p1} or {@code jdbc1}; letters and digits
     * @throws ItmValidationException naming each invalid component
     */
    public KeysetPageTokens {
        Checks.notBlank(scheme, "scheme");
        Checks.require(scheme.chars().allMatch(Character::isLetterOrDigit), "scheme",
                "must be letters and digits, was '" + scheme + "'");
    }

    /**
     * The token continuing after {@code lastId} in a query of {@code type}.
     *
     * @param type the query's document type
     * @param lastId the id of the last document of the page
     * @return an opaque token
     */
    public String after(String type, String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix(type) + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The last id encoded in {@code token}.
     *
     * @param type the query's document type
     * @param token the token from {@link #after}
     * @return the last id of the previous page
     * @throws ItmValidationException at {@code pageToken} if the token was not made by {@link #after} of this
     *                                scheme for {@code type}
     */
    public String lastId(String type, String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw foreign(type);
        }
        String expected = prefix(type);
        if (!text.startsWith(expected)) {
            throw foreign(type);
        }
        try {
            return Checks.id(text.substring(expected.length()), "pageToken");
        } catch (ItmValidationException e) {
            throw foreign(type);
        }
    }

    private String prefix(String type) {
        return scheme + "\n" + type + "\n";
    }

    private static ItmValidationException foreign(String type) {
        return new ItmValidationException("pageToken", "is not a page token of a query of type '" + type + "'");
    }
}
