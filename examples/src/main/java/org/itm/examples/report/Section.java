package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A section of the report with an anchor id (for links and tests), a heading and content blocks in order.
 * Example: {@code Section.builder("operations", "Operations").paragraph("...").chart(sla).build()}.
 */
public record Section(String id, String heading, List<Block> blocks) {

    private static final Pattern HTML_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /** Validates the id (a letter, then letters, digits, '-' or '_'), the heading, and copies the blocks. */
    public Section {
        Checks.notNull(id, "id");
        if (!HTML_ID.matcher(id).matches()) {
            throw new ItmValidationException("id",
                    "must be a letter followed by up to 63 letters, digits, '-' or '_', was '" + id + "'");
        }
        Checks.notBlank(heading, "heading");
        blocks = List.copyOf(Checks.notNull(blocks, "blocks"));
    }

    /** Starts a section. */
    public static Builder builder(String id, String heading) {
        return new Builder(id, heading);
    }

    /** Collects the blocks of a {@link Section}. */
    public static final class Builder {
        private final String id;
        private final String heading;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }

        /** Adds a paragraph of plain text. */
        public Builder paragraph(String text) {
            return block(new Paragraph(text));
        }

        /** Adds a row of key-figure tiles. */
        public Builder tiles(Tile... tiles) {
            return block(new Tiles(List.of(tiles)));
        }

        /** Adds a row of key-figure tiles. */
        public Builder tiles(List<Tile> tiles) {
            return block(new Tiles(tiles));
        }

        /** Adds links to other sections. */
        public Builder links(List<Links.Item> items) {
            return block(new Links(items));
        }

        /** Adds a table. */
        public Builder table(Table table) {
            return block(table);
        }

        /** Adds a chart. */
        public Builder chart(Chart chart) {
            return block(chart);
        }

        /** Adds any block. */
        public Builder block(Block block) {
            blocks.add(Checks.notNull(block, "block"));
            return this;
        }

        /** Validates and builds the section. */
        public Section build() {
            return new Section(id, heading, blocks);
        }
    }
}
