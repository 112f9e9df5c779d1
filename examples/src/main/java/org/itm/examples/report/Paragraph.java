package org.itm.examples.report;

import org.itm.core.validation.Checks;

/** A paragraph of plain text (it is escaped, never interpreted as HTML). */
public record Paragraph(String text) implements Block {

    /** Validates that the text is present. */
    public Paragraph {
        Checks.notNull(text, "text");
    }
}
