package org.itm.governance.prioritisation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * One item's place in a {@link Ranking}, with its score broken down by criterion.
 *
 * @param id        the item's id
 * @param rank      its place, from 1 (best)
 * @param score     its total score: the sum of the breakdown's contributions
 * @param breakdown one entry per criterion, in the model's criterion order; copied
 * @since 0.1
 */
public record RankedItem(String id, int rank, double score, List<CriterionScore> breakdown) {

    /**
     * Checks the components and copies the breakdown.
     *
     * @param id        the item's id
     * @param rank      its place, from 1 (best)
     * @param score     its total score: the sum of the breakdown's contributions
     * @param breakdown one entry per criterion, in the model's criterion order; copied
     * @throws org.itm.core.ItmValidationException naming {@code id} when blank or {@code rank} when not positive
     */
    public RankedItem {
        Checks.notBlank(id, "id");
        Checks.positive(rank, "rank");
        breakdown = List.copyOf(breakdown);
    }

    /**
     * The item's score as a sum people can check, e.g.
     * {@code #1 INI-7 0.812 = value 0.400 (raw 8.000) + risk 0.412 (raw missing, missing, scored as the mean of 4
     * items)}.
     *
     * @return the rank, id, score and each criterion's contribution with its raw score (or {@code missing}) and note,
     *         numbers to 3 decimals
     */
    public String explain() {
        return "#" + rank + " " + id + " " + fmt(score) + " = " + breakdown.stream()
                .map(c -> c.criterion() + " " + fmt(c.contribution()) + " (raw "
                        + (c.missing() ? "missing" : fmt(c.raw())) + (c.note().isEmpty() ? "" : ", " + c.note()) + ")")
                .collect(Collectors.joining(" + "));
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
