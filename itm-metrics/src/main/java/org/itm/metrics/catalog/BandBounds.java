package org.itm.metrics.catalog;

import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiDirection;

/**
 * Cut-offs of one DORA key: a value at least as good as {@code elite} (per {@code direction}) is ELITE, else at least
 * as good as {@code high} is HIGH, else at least as good as {@code medium} is MEDIUM, else LOW.
 *
 * @param direction which way the key improves
 * @param elite     bound of the elite band
 * @param high      bound of the high band
 * @param medium    bound of the medium band
 * @since 0.1
 */
public record BandBounds(KpiDirection direction, double elite, double high, double medium) {

    /**
     * Bounds of one key, best first.
     *
     * @param direction which way the key improves
     * @param elite bound of the elite band
     * @param high bound of the high band
     * @param medium bound of the medium band
     * @throws org.itm.core.ItmValidationException if {@code direction} is null, a bound is not finite, or the bounds
     *        are not ordered best first under {@code direction}
     */
    public BandBounds {
        Checks.notNull(direction, "direction");
        Checks.finite(elite, "elite");
        Checks.finite(high, "high");
        Checks.finite(medium, "medium");
        Checks.require(direction.atLeastAsGood(elite, high), "high", "must not be better than elite");
        Checks.require(direction.atLeastAsGood(high, medium), "medium", "must not be better than high");
    }

    /**
     * Classifies a value of the key; a value exactly on a bound is in the better band.
     *
     * @param value the KPI value, in the key's unit
     * @return ELITE, HIGH, MEDIUM or LOW
     */
    public DoraBand band(double value) {
        if (direction.atLeastAsGood(value, elite)) {
            return DoraBand.ELITE;
        }
        if (direction.atLeastAsGood(value, high)) {
            return DoraBand.HIGH;
        }
        return direction.atLeastAsGood(value, medium) ? DoraBand.MEDIUM : DoraBand.LOW;
    }
}
