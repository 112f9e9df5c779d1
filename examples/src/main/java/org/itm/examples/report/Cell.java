package org.itm.examples.report;

import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.Fmt;

/**
 * One table cell: {@code Cell.text("Email")}, {@code Cell.number(99.5, 2)} (right-aligned, formatted with
 * Locale.ROOT) or {@code Cell.status(Rag.RED)}; {@link #withStatus(Rag)} colours any cell.
 */
public record Cell(String text, boolean numeric, Rag status) {

    /** Validates that every part is present. */
    public Cell {
        Checks.notNull(text, "text");
        Checks.notNull(status, "status");
    }

    /** A text cell. */
    public static Cell text(String text) {
        return new Cell(text, false, Rag.NONE);
    }

    /** A right-aligned number with exactly {@code decimals} decimals and thousands separators. */
    public static Cell number(double value, int decimals) {
        Checks.finite(value, "value");
        Checks.between(decimals, 0, 6, "decimals");
        return new Cell(Fmt.grouped(value, decimals), true, Rag.NONE);
    }

    /** A right-aligned, already formatted figure such as "1,250.00 EUR". */
    public static Cell figure(String formatted) {
        return new Cell(formatted, true, Rag.NONE);
    }

    /** A cell that shows a RAG status as word and colour. */
    public static Cell status(Rag status) {
        return new Cell(status.label(), false, status);
    }

    /** This cell coloured with {@code status}. */
    public Cell withStatus(Rag status) {
        return new Cell(text, numeric, status);
    }
}
