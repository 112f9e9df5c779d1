package org.itm.examples.report;

import org.itm.core.validation.Checks;

/**
 * A key figure shown as a tile: {@code Tile.of("Availability", "99.95 %", Rag.GREEN)}; {@code detail} is a
 * short line under the value such as the target ("target 99.9 %"), empty for none; {@code link} is the id of the
 * section that explains the figure (the tile then links to it), empty for none.
 */
public record Tile(String label, String value, Rag status, String detail, String link) {

    /** Validates that every part is present, the label is not blank and a link is a section id. */
    public Tile {
        Checks.notBlank(label, "label");
        Checks.notNull(value, "value");
        Checks.notNull(status, "status");
        Checks.notNull(detail, "detail");
        Checks.notNull(link, "link");
        Checks.require(link.isEmpty() || link.matches("[A-Za-z][A-Za-z0-9_-]{0,63}"), "link",
                "must be empty or a section id, was '" + link + "'");
    }

    /** A tile that links nowhere. */
    public Tile(String label, String value, Rag status, String detail) {
        this(label, value, status, detail, "");
    }

    /** A tile without a detail line. */
    public static Tile of(String label, String value, Rag status) {
        return new Tile(label, value, status, "");
    }

    /** This tile, linking to the section {@code sectionId}. */
    public Tile linkedTo(String sectionId) {
        return new Tile(label, value, status, detail, sectionId);
    }
}
