package org.itm.governance.portfolio;

import java.util.Map;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * Totals for one group of initiatives (an objective, a stage or a business unit).
 *
 * @param count            initiatives in the group
 * @param cost             total planned spend, rounded half-even to the currency's minor unit
 * @param benefit          total estimated benefit (the portfolio's measure of value)
 * @param averageRisk      mean risk score, 0 when the group is empty
 * @param riskWeightedCost spend weighted by risk score / 100: the money exposed to delivery risk
 * @param health           overall RAG → initiatives with it; ratings no initiative has are absent
 * @since 0.1
 */
public record Segment(int count, Money cost, Money benefit, double averageRisk, Money riskWeightedCost,
                      Map<Rag, Integer> health) {

    /**
     * Checks the components and copies the health counts.
     *
     * @param count            initiatives in the group
     * @param cost             total planned spend, rounded half-even to the currency's minor unit
     * @param benefit          total estimated benefit (the portfolio's measure of value)
     * @param averageRisk      mean risk score, 0 when the group is empty
     * @param riskWeightedCost spend weighted by risk score / 100: the money exposed to delivery risk
     * @param health           overall RAG → initiatives with it; ratings no initiative has are absent
     * @throws org.itm.core.ItmValidationException naming {@code count} when negative, or {@code cost},
     *                                             {@code benefit}, {@code riskWeightedCost} or {@code health} when
     *                                             null
     */
    public Segment {
        Checks.notNegative(count, "count");
        Checks.notNull(cost, "cost");
        Checks.notNull(benefit, "benefit");
        Checks.notNull(riskWeightedCost, "riskWeightedCost");
        health = Map.copyOf(Checks.notNull(health, "health"));
    }

    /**
     * How many initiatives of the group have an overall rating.
     *
     * @param rag the rating
     * @return the count; 0 when none has it
     */
    public int healthCount(Rag rag) {
        return health.getOrDefault(rag, 0);
    }
}
