package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Red/amber/green status of one health dimension; {@link #NOT_ASSESSED} when nobody has rated it yet.
 */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    NOT_ASSESSED;

    /**
     * Rates a variance (e.g. 0.12 for 12 % over budget or behind schedule): below {@code amberAt} is green,
     * below {@code redAt} amber, otherwise red. Negative variances (ahead, under budget) are green.
     */
    public static Rag fromVariance(double variance, double amberAt, double redAt) {
        Checks.finite(variance, "variance");
        Checks.positive(amberAt, "amberAt");
        Checks.require(redAt > amberAt, "redAt", "must exceed amberAt (" + amberAt + "), was " + redAt);
        if (variance >= redAt) {
            return RED;
        }
        return variance >= amberAt ? AMBER : GREEN;
    }

    /** The worse of two ratings; a not-assessed rating never hides an assessed one. */
    public Rag worst(Rag other) {
        if (this == NOT_ASSESSED) {
            return other;
        }
        if (other == NOT_ASSESSED) {
            return this;
        }
        return ordinal() >= other.ordinal() ? this : other;
    }
}
