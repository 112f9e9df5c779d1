package org.itm.governance.prioritisation;

import org.itm.core.validation.Checks;

/**
 * One criterion's part of an item's score: the raw input, its normalised value, the weight applied and the
 * resulting contribution, with a note when the raw score was missing and how that was handled.
 *
 * @param raw the raw score, {@code NaN} when it was missing
 */
public record CriterionScore(String criterion, double raw, double normalised, double weight, double contribution,
                             String note) {

    public CriterionScore {
        Checks.notBlank(criterion, "criterion");
        Checks.notNull(note, "note");
    }

    public boolean missing() {
        return Double.isNaN(raw);
    }
}
