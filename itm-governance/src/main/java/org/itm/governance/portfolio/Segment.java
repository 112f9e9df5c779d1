package org.itm.governance.portfolio;

import java.util.Map;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * Totals for one group of initiatives (an objective, a stage or a business unit).
 *
 * @param count            initiatives in the group
 * @param cost             total planned spend
 * @param benefit          total estimated benefit (the portfolio's measure of value)
 * @param averageRisk      mean risk score, 0 when the group is empty
 * @param riskWeightedCost spend weighted by risk score / 100: the money exposed to delivery risk
 * @param health           initiatives per overall RAG
 */
public record Segment(int count, Money cost, Money benefit, double averageRisk, Money riskWeightedCost,
                      Map<Rag, Integer> health) {

    public Segment {
        Checks.notNegative(count, "count");
        Checks.notNull(cost, "cost");
        Checks.notNull(benefit, "benefit");
        Checks.notNull(riskWeightedCost, "riskWeightedCost");
        health = Map.copyOf(Checks.notNull(health, "health"));
    }

    public int healthCount(Rag rag) {
        return health.getOrDefault(rag, 0);
    }
}
