package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Red/amber/green status of one health dimension; {@link #NOT_ASSESSED} when nobody has rated it yet.
 *
 * @since 0.1
 */
public enum Rag {
    /** On track. */
    GREEN,
    /** Off track by more than the amber threshold: watch it. */
    AMBER,
    /** Off track by more than the red threshold: the steering committee should act. */
    RED,
    /** Not rated yet; {@link #worst} lets any assessed rating win over it. */
    NOT_ASSESSED;

    /**
     * Rates a variance (e.g. 0.12 for 12 % over budget or behind schedule): below {@code amberAt} is green,
     * below {@code redAt} amber, otherwise red. Negative variances (ahead, under budget) are green.
     *
     * @param variance the variance as a fraction; finite
     * @param amberAt  the variance from which the rating is amber (inclusive); above zero
     * @param redAt    the variance from which the rating is red (inclusive); above {@code amberAt}
     * @return {@link #GREEN}, {@link #AMBER} or {@link #RED}
     * @throws org.itm.core.ItmValidationException naming {@code variance} when not finite, {@code amberAt} when not
     *                                             positive, or {@code redAt} when not above {@code amberAt}
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

    /**
     * The worse of two ratings (red over amber over green); a not-assessed rating never hides an assessed one.
     *
     * @param other the other rating
     * @return the worse one; {@link #NOT_ASSESSED} only when both are
     */
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
