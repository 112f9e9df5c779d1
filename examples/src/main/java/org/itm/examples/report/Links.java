package org.itm.examples.report;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A list of links to sections of the report, each with a one-line note: the overview's table of contents that
 * says what each section found. Example: {@code new Links(List.of(new Links.Item("risk", "Risk", "2 overdue")))}.
 *
 * @param items the links in order
 */
public record Links(List<Item> items) implements Block {

    /** Validates and copies the items. */
    public Links {
        items = List.copyOf(Checks.notNull(items, "items"));
    }

    /**
     * One link.
     *
     * @param section the id of the section linked to
     * @param text    the link text, usually the section's heading
     * @param note    what the section found, in one line; empty for none
     */
    public record Item(String section, String text, String note) {

        /** Validates every part. */
        public Item {
            Checks.notNull(section, "section");
            Checks.require(section.matches("[A-Za-z][A-Za-z0-9_-]{0,63}"), "section",
                    "must be a section id, was '" + section + "'");
            Checks.notBlank(text, "text");
            Checks.notNull(note, "note");
        }
    }
}
