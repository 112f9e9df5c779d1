package org.itm.core.validation.internal;

import java.util.regex.Pattern;

/** The one definition of ITM's identifier syntax, shared by {@code Checks.id} and {@code @Identifier}. */
public final class IdentifierSyntax {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");

    private IdentifierSyntax() {
    }

    /**
     * Whether {@code value} is 1–128 characters of letters, digits and {@code ._:@/-} starting with a letter or
     * digit.
     *
     * @param value the text to test
     * @return whether it is an identifier
     */
    public static boolean matches(CharSequence value) {
        return ID.matcher(value).matches();
    }
}
