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
 */
public final class Wsjf {

    private Wsjf() {
    }

    /** The WSJF inputs of one item, usually relative estimates on a Fibonacci-like scale. */
    public record Item(String id, double businessValue, double timeCriticality, double riskReduction, double jobSize) {
        public Item {
            Checks.notBlank(id, "id");
            Checks.notNegative(businessValue, "businessValue");
            Checks.notNegative(timeCriticality, "timeCriticality");
            Checks.notNegative(riskReduction, "riskReduction");
            Checks.positive(jobSize, "jobSize");
        }

        public double costOfDelay() {
            return businessValue + timeCriticality + riskReduction;
        }
    }

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
