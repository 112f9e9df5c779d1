package org.itm.examples.report.internal;

/** Escapes text for HTML and XML so that any string a caller hands in is shown, never interpreted. */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes {@code text} for use in element content and in double- or single-quoted attribute values.
     * Characters XML 1.0 forbids (most control characters, lone surrogates) become U+FFFD so the output
     * stays well-formed whatever the input.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(allowed(c) ? c : '\uFFFD');
            }
            i++;
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
