package org.itm.capacity.series;

import org.itm.core.validation.Checks;

/**
 * The unit of a series' values (a symbol such as {@code "GiB"}, {@code "%"} or {@code "requests/s"}); series are only
 * combined when their units are equal.
 *
 * @param symbol the unit's symbol; not blank
 * @since 0.1
 */
public record Unit(String symbol) {

    /** Dimensionless counts or indices. */
    public static final Unit NONE = new Unit("1");
    /** Percentages, 0 to 100 (utilisation, availability as people read it). */
    public static final Unit PERCENT = new Unit("%");
    /** Gibibytes, 2<sup>30</sup> bytes (memory, storage). */
    public static final Unit GIBIBYTES = new Unit("GiB");
    /** Megawatts (power draw). */
    public static final Unit MEGAWATTS = new Unit("MW");
    /** Erlangs: offered traffic, arrival rate × mean service time (see {@code org.itm.capacity.queueing}). */
    public static final Unit ERLANGS = new Unit("E");

    /**
     * Checks the symbol.
     *
     * @param symbol the unit's symbol; not blank
     * @throws org.itm.core.ItmValidationException if {@code symbol} is null or blank
     */
    public Unit {
        Checks.notBlank(symbol, "symbol");
    }

    /**
     * A unit with the given symbol; units with equal symbols are equal.
     *
     * @param symbol the unit's symbol, e.g. {@code "requests/s"}; not blank
     * @return the unit
     * @throws org.itm.core.ItmValidationException if {@code symbol} is null or blank
     */
    public static Unit of(String symbol) {
        return new Unit(symbol);
    }

    /**
     * The symbol, so a unit prints as people write it.
     *
     * @return {@link #symbol()}
     */
    @Override
    public String toString() {
        return symbol;
    }
}
