package org.itm.core.validation.internal;

/** The one definition of ITM's identifier syntax, shared by {@code Checks.id} and {@code @Identifier}. */
public final class IdentifierSyntax {

    /** Longest identifier, in characters. */
    static final int MAX_LENGTH = 128;

    private IdentifierSyntax() {
    }

    /**
     * Whether {@code value} is 1–128 characters of letters, digits and {@code ._:@/-} starting with a letter or
     * digit (ASCII letters and digits only; the regular expression {@code [A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}}).
     * Checked character by character: every document id and type a store writes or reads passes through here.
     *
     * @param value the text to test
     * @return whether it is an identifier
     */
    public static boolean matches(CharSequence value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char ch = value.charAt(i);
            if (!letterOrDigit(ch) && ch != '.' && ch != '_' && ch != ':' && ch != '@' && ch != '/' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }
}
