package org.itm.examples.report.internal;

/** Rough text metrics for laying out labels without a font engine. */
public final class Text {

    private Text() {
    }

    /** Approximate width of {@code s} at 11px sans-serif: about 6.2 units per character. */
    public static double width(String s) {
        return s.codePointCount(0, s.length()) * 6.2;
    }

    /** {@code s} cut to at most {@code max} characters with an ellipsis, so long labels cannot overlap. */
    public static String clip(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.max(1, max - 1));
        return s.substring(0, end) + "\u2026";
    }
}
