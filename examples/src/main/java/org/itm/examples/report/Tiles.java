package org.itm.examples.report;

import java.util.List;
import org.itm.core.validation.Checks;

/** A row of key-figure {@link Tile}s, wrapping on narrow screens. */
public record Tiles(List<Tile> tiles) implements Block {

    /** Validates that there is at least one tile and copies the list. */
    public Tiles {
        Checks.notEmpty(tiles, "tiles");
        tiles = List.copyOf(tiles);
    }
}
