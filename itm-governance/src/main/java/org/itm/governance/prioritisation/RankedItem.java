package org.itm.governance.prioritisation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/** One item's place in a {@link Ranking}, with its score broken down by criterion. */
public record RankedItem(String id, int rank, double score, List<CriterionScore> breakdown) {

    public RankedItem {
        Checks.notBlank(id, "id");
        Checks.positive(rank, "rank");
        breakdown = List.copyOf(breakdown);
    }

    /** e.g. {@code #1 INI-7 0.812 = value 0.400 (raw 8) + risk 0.412 (raw 2)}. */
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
