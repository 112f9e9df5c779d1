package org.itm.governance.prioritisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * Weighted shortest job first: cost of delay (business value + time criticality + risk reduction / opportunity
 * enablement) divided by job size. Rank with {@link #rank(List)}; each item shows what every component
 * contributed to its score.
 *
 * @since 0.1
 */
public final class Wsjf {

    private Wsjf() {
    }

    /**
     * The WSJF inputs of one item, usually relative estimates on a Fibonacci-like scale (1, 2, 3, 5, 8, 13, 20).
     *
     * @param id              the item's id
     * @param businessValue   value to users or the business; zero or more
     * @param timeCriticality how fast the value decays with waiting; zero or more
     * @param riskReduction   risk reduction or opportunity enablement; zero or more
     * @param jobSize         effort or duration; above zero
     */
    public record Item(String id, double businessValue, double timeCriticality, double riskReduction, double jobSize) {
        /**
         * Checks the components.
         *
         * @param id              the item's id; not blank
         * @param businessValue   zero or more
         * @param timeCriticality zero or more
         * @param riskReduction   zero or more
         * @param jobSize         above zero
         * @throws org.itm.core.ItmValidationException naming {@code id} when blank, a component of the cost of delay
         *                                             when negative or not finite, or {@code jobSize} when not
         *                                             positive
         */
        public Item {
            Checks.notBlank(id, "id");
            Checks.notNegative(businessValue, "businessValue");
            Checks.notNegative(timeCriticality, "timeCriticality");
            Checks.notNegative(riskReduction, "riskReduction");
            Checks.positive(jobSize, "jobSize");
        }

        /**
         * The cost of delay.
         *
         * @return business value + time criticality + risk reduction
         */
        public double costOfDelay() {
            return businessValue + timeCriticality + riskReduction;
        }
    }

    /**
     * Ranks items by cost of delay / job size, highest first (ties by id). Each item's breakdown has one entry per
     * cost-of-delay component, contributing the component / job size.
     *
     * @param items the items, each id once
     * @return the ranking, method {@code "WSJF (cost of delay / job size)"}
     * @throws org.itm.core.ItmValidationException naming {@code items} when null, {@code items[]} for a null item,
     *                                             or {@code items[ID]} for an id given twice
     */
    public static Ranking rank(List<Item> items) {
        Checks.notNull(items, "items");
        Set<String> seen = new HashSet<>();
        List<RankedItem> out = new ArrayList<>();
        for (Item i : items) {
            Checks.notNull(i, "items[]");
            Checks.require(seen.add(i.id()), "items[" + i.id() + "]", "id appears more than once");
            double size = i.jobSize();
            String per = "per job size " + RankedItem.fmt(size);
            out.add(new RankedItem(i.id(), 1, i.costOfDelay() / size, List.of(
                    new CriterionScore("businessValue", i.businessValue(), i.businessValue(), 1 / size, i.businessValue() / size, per),
                    new CriterionScore("timeCriticality", i.timeCriticality(), i.timeCriticality(), 1 / size, i.timeCriticality() / size, per),
                    new CriterionScore("riskReduction", i.riskReduction(), i.riskReduction(), 1 / size, i.riskReduction() / size, per))));
        }
        return ScoringModel.rankByScore("WSJF (cost of delay / job size)", out);
    }
}
