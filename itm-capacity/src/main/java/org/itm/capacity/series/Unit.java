package org.itm.capacity.series;

import org.itm.core.validation.Checks;

/**
 * The unit of a series' values (a symbol such as {@code "GiB"}, {@code "%"} or {@code "requests/s"}); series are only
 * combined when their units are equal.
 *
 * @param symbol the unit's symbol; not blank
 */
public record Unit(String symbol) {

    /** Dimensionless counts or indices. */
    public static final Unit NONE = new Unit("1");
    public static final Unit PERCENT = new Unit("%");
    public static final Unit GIBIBYTES = new Unit("GiB");
    public static final Unit MEGAWATTS = new Unit("MW");
    public static final Unit ERLANGS = new Unit("E");

    public Unit {
        Checks.notBlank(symbol, "symbol");
    }

    public static Unit of(String symbol) {
        return new Unit(symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
