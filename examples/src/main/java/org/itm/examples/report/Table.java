package org.itm.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.Fmt;

/**
 * A table with a caption, one header row and data rows of equal width. Build it with
 * {@code Table.builder("SLA by service").header("Service", "Attainment %").row("Email", 99.2).build()}.
 */
public record Table(String caption, List<String> header, List<List<Cell>> rows) implements Block {

    /** Validates that the header is not empty and every row is as wide as the header. */
    public Table {
        Checks.notNull(caption, "caption");
        Checks.notEmpty(header, "header");
        Checks.notNull(rows, "rows");
        header = List.copyOf(header);
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = Checks.notNull(rows.get(i), "rows[" + i + "]");
            if (row.size() != header.size()) {
                throw new ItmValidationException("rows[" + i + "]",
                        "has " + row.size() + " cells but the header has " + header.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /** Starts a table with the given caption (empty for none). */
    public static Builder builder(String caption) {
        return new Builder(caption);
    }

    /** Collects the header and rows of a {@link Table}. */
    public static final class Builder {
        private final String caption;
        private List<String> header = List.of();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String caption) {
            this.caption = caption;
        }

        /** The column headings. */
        public Builder header(String... headings) {
            this.header = List.of(headings);
            return this;
        }

        /**
         * Adds a row. Each value may be a {@link Cell}, a {@link Rag} (a status cell), an integer type
         * (no decimals), a BigDecimal (as is), another number (up to two decimals) or any other object
         * (its {@code toString()} as text).
         */
        public Builder row(Object... values) {
            List<Cell> row = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                row.add(toCell(Checks.notNull(values[i], "row[" + rows.size() + "][" + i + "]")));
            }
            rows.add(row);
            return this;
        }

        /** Adds a row of ready-made cells. */
        public Builder row(List<Cell> cells) {
            rows.add(new ArrayList<>(Checks.notNull(cells, "cells")));
            return this;
        }

        /** Validates and builds the table. */
        public Table build() {
            return new Table(caption, header, rows);
        }

        private static Cell toCell(Object value) {
            if (value instanceof Cell cell) {
                return cell;
            }
            if (value instanceof Rag rag) {
                return Cell.status(rag);
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return Cell.number(((Number) value).doubleValue(), 0);
            }
            if (value instanceof BigDecimal bd) {
                return Cell.figure(bd.toPlainString());
            }
            if (value instanceof Number n) {
                return Cell.figure(Fmt.auto(Checks.finite(n.doubleValue(), "value")));
            }
            return Cell.text(value.toString());
        }
    }
}
