package org.itm.metrics.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Costs allocated to consumers: the showback (or, when invoiced, the chargeback) of a set of cost records. Every
 * cost record's lines add up to it to the cent, so {@link #total()} equals the sum of the input.
 *
 * @param currency the one currency of all amounts
 * @param lines    one line per cost record and consumer
 * @since 0.1
 */
public record Showback(Currency currency, List<ShowbackLine> lines) {

    /**
     * A showback of the given lines; prefer {@link #allocate}. The list is copied.
     *
     * @param currency the one currency of all amounts
     * @param lines one line per cost record and consumer
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public Showback {
        Checks.notNull(currency, "currency");
        lines = List.copyOf(Checks.notNull(lines, "lines"));
    }

    /**
     * Allocates every cost record by the rule of its pool.
     *
     * @throws ItmValidationException if a pool has no rule, or the records mix currencies
     * @param costs the cost records, not empty, all in one currency
     * @param rulesByPool the allocation rule of every pool the records name
     * @return the showback; lines of zero amount are left out
     */
    public static Showback allocate(List<CostRecord> costs, Map<String, AllocationRule> rulesByPool) {
        Checks.notEmpty(costs, "costs");
        Checks.notNull(rulesByPool, "rulesByPool");
        Currency currency = costs.get(0).amount().currency();
        Violations v = new Violations();
        TreeSet<String> missing = new TreeSet<>();
        for (int i = 0; i < costs.size(); i++) {
            CostRecord c = costs.get(i);
            v.require(c.amount().currency().equals(currency), "costs[" + i + "].amount",
                    "currency " + c.amount().currency() + " differs from " + currency);
            if (!rulesByPool.containsKey(c.pool())) {
                missing.add(c.pool());
            }
        }
        v.require(missing.isEmpty(), "rulesByPool", "no allocation rule for pools " + missing);
        v.throwIfAny();
        List<ShowbackLine> lines = new ArrayList<>();
        for (CostRecord c : costs) {
            AllocationRule rule = Objects.requireNonNull(rulesByPool.get(c.pool()), c.pool());
            Allocation.largestRemainder(c.amount(), rule.weights()).forEach((consumer, amount) -> {
                if (amount.amount().signum() != 0) {
                    lines.add(new ShowbackLine(consumer, c.pool(), c.service(), c.period(), amount, rule.describe()));
                }
            });
        }
        return new Showback(currency, lines);
    }

    /**
     * Sum of all lines.
     *
     * @return the sum of all lines, equal to the sum of the allocated cost records
     */
    public Money total() {
        return lines.stream().map(ShowbackLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    /**
     * Allocated amount per consumer, by consumer name.
     *
     * @return a new map sorted by consumer name
     */
    public Map<String, Money> byConsumer() {
        Map<String, Money> out = new TreeMap<>();
        lines.forEach(l -> out.merge(l.consumer(), l.amount(), Money::plus));
        return out;
    }

    /**
     * Cost per service, by service name.
     *
     * @return a new map sorted by service name
     */
    public Map<String, Money> byService() {
        Map<String, Money> out = new TreeMap<>();
        lines.forEach(l -> out.merge(l.service(), l.amount(), Money::plus));
        return out;
    }

    /**
     * Lines of one consumer: the drill-down of its bill.
     *
     * @param consumer the consumer's name
     * @return its lines in allocation order; empty for an unknown consumer
     */
    public List<ShowbackLine> linesOf(String consumer) {
        return lines.stream().filter(l -> l.consumer().equals(consumer)).toList();
    }

    /**
     * Cost of {@code service} per unit delivered (per ticket, per user, per GB), rounded half-even to
     * {@code scale} decimals (unit costs are finer than cents).
     *
     * @throws ItmValidationException if {@code units} is not positive, {@code scale} is out of range or the
     *                                service has no cost
     * @param service a service of the allocated costs
     * @param units units delivered in the same period, positive
     * @param scale decimals of the result, 0 to 12
     * @return the cost per unit in the showback's currency
     */
    public Money costPerUnit(String service, BigDecimal units, int scale) {
        Checks.notBlank(service, "service");
        Checks.notNull(units, "units");
        Checks.require(units.signum() > 0, "units", "must be positive, was " + units.toPlainString());
        Checks.between(scale, 0, 12, "scale");
        Money cost = byService().get(service);
        if (cost == null) {
            throw new ItmValidationException("service", "no cost allocated for service '" + service + "'");
        }
        return new Money(cost.amount().divide(units, scale, RoundingMode.HALF_EVEN), currency);
    }
}
