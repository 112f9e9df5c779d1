package org.itm.examples.report;

import org.itm.core.validation.Checks;

/**
 * A key figure shown as a tile: {@code Tile.of("Availability", "99.95 %", Rag.GREEN)}; {@code detail} is a
 * short line under the value such as the target ("target 99.9 %"), empty for none.
 */
public record Tile(String label, String value, Rag status, String detail) {

    /** Validates that every part is present and the label is not blank. */
    public Tile {
        Checks.notBlank(label, "label");
        Checks.notNull(value, "value");
        Checks.notNull(status, "status");
        Checks.notNull(detail, "detail");
    }

    /** A tile without a detail line. */
    public static Tile of(String label, String value, Rag status) {
        return new Tile(label, value, status, "");
    }
}
