package org.itm.governance.prioritisation;

import org.itm.core.validation.Checks;

/**
 * One criterion's part of an item's score: the raw input, its normalised value, the weight applied and the
 * resulting contribution, with a note when the raw score was missing and how that was handled.
 *
 * @param criterion    the criterion's id
 * @param raw          the raw score, {@code NaN} when it was missing
 * @param normalised   the score on the common scale of the model's {@link Normalisation}
 * @param weight       the weight applied (after any renormalisation for missing scores)
 * @param contribution {@code normalised × weight}, the part of the item's score this criterion gives
 * @param note         how a missing score was handled, or other context (e.g. {@code "per job size 2.000"});
 *                     empty when there is nothing to say
 * @since 0.1
 */
public record CriterionScore(String criterion, double raw, double normalised, double weight, double contribution,
                             String note) {

    /**
     * Checks the components.
     *
     * @param criterion    the criterion's id
     * @param raw          the raw score, {@code NaN} when it was missing
     * @param normalised   the score on the common scale of the model's {@link Normalisation}
     * @param weight       the weight applied (after any renormalisation for missing scores)
     * @param contribution {@code normalised × weight}, the part of the item's score this criterion gives
     * @param note         how a missing score was handled, or other context (e.g. {@code "per job size 2.000"});
     *                     empty when there is nothing to say
     * @throws org.itm.core.ItmValidationException naming {@code criterion} when blank or {@code note} when null
     */
    public CriterionScore {
        Checks.notBlank(criterion, "criterion");
        Checks.notNull(note, "note");
    }

    /**
     * Whether the item had no raw score for the criterion.
     *
     * @return {@code true} when {@link #raw()} is {@code NaN}
     */
    public boolean missing() {
        return Double.isNaN(raw);
    }
}
