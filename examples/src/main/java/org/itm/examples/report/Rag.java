package org.itm.examples.report;

/**
 * Red/amber/green status of a figure, shown as a colour and, for readers who cannot tell the colours apart,
 * as a word. Use {@link #NONE} for figures without a target.
 */
public enum Rag {
    /** On target. */
    GREEN("Green", "#1b7a34", "#e3f4e6"),
    /** Close to the limit; watch it. */
    AMBER("Amber", "#a35a00", "#fff1d6"),
    /** Off target; act. */
    RED("Red", "#b3261e", "#fbe3e1"),
    /** No status: the figure is informational. */
    NONE("", "#444444", "#f3f4f6");

    private final String label;
    private final String colour;
    private final String tint;

    Rag(String label, String colour, String tint) {
        this.label = label;
        this.colour = colour;
        this.tint = tint;
    }

    /** The word shown next to the colour ("Green"), empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    /** The strong colour (text, borders, marks) as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /** The light background colour as a CSS hex colour. */
    public String tint() {
        return tint;
    }
}
