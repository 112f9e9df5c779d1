package org.itm.metrics.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * How a cost pool is shared among consumers (business units, teams, customers). Each rule turns into weights, and
 * {@link Allocation#largestRemainder} turns weights into amounts that reconcile to the cent.
 *
 * @since 0.1
 */
public sealed interface AllocationRule {

    /**
     * Consumer to weight.
     *
     * @return consumer to weight, not negative, some positive; unmodifiable
     */
    Map<String, BigDecimal> weights();

    /**
     * How the rule shares the cost, for the showback line's explanation.
     *
     * @return e.g. {@code by cpu-hours {a=30, b=70}}
     */
    String describe();

    /**
     * All of the pool to one consumer.
     *
     * @param consumer the consumer bearing the whole pool, not blank
     * @return the rule
     * @throws org.itm.core.ItmValidationException if {@code consumer} is blank
     */
    static AllocationRule direct(String consumer) {
        return new Direct(consumer);
    }

    /**
     * In proportion to each consumer's use of a driver, e.g. CPU hours or tickets.
     *
     * @param driver name of the usage driver, shown in explanations
     * @param usage consumer to usage in the driver's unit; not negative, some positive; copied
     * @return the rule
     * @throws org.itm.core.ItmValidationException if {@code driver} is blank, {@code usage} is empty, a usage is
     *         negative or all are zero
     */
    static AllocationRule byDriver(String driver, Map<String, BigDecimal> usage) {
        return new ByDriver(driver, usage);
    }

    /**
     * In proportion to each consumer's headcount.
     *
     * @param headcount consumer to headcount; not negative, some positive
     * @return the rule
     * @throws org.itm.core.ItmValidationException if {@code headcount} is empty, a count is negative or all are zero
     */
    static AllocationRule byHeadcount(Map<String, Integer> headcount) {
        Checks.notEmpty(headcount, "headcount");
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        headcount.forEach((k, v) -> w.put(k, BigDecimal.valueOf(Checks.notNegative(v, "headcount." + k))));
        return new ByHeadcount(w);
    }

    /**
     * Fixed percentages per consumer, adding up to 100.
     *
     * @param percentages consumer to percentage; not negative, adding up to exactly 100; copied
     * @return the rule
     * @throws org.itm.core.ItmValidationException if a percentage is negative or they do not add up to 100
     */
    static AllocationRule fixedSplit(Map<String, BigDecimal> percentages) {
        return new FixedSplit(percentages);
    }

    /** @param consumer the consumer bearing the whole pool */
    record Direct(String consumer) implements AllocationRule {
        /**
         * A direct allocation; prefer {@link AllocationRule#direct(String)}.
         *
         * @param consumer the consumer bearing the whole pool, not blank
         * @throws org.itm.core.ItmValidationException if {@code consumer} is blank
         */
        public Direct {
            Checks.notBlank(consumer, "consumer");
        }

        @Override
        public Map<String, BigDecimal> weights() {
            return Map.of(consumer, BigDecimal.ONE);
        }

        @Override
        public String describe() {
            return "direct to " + consumer;
        }
    }

    /**
     * @param driver name of the usage driver
     * @param usage  consumer to usage; not negative, some positive
     */
    record ByDriver(String driver, Map<String, BigDecimal> usage) implements AllocationRule {
        /**
         * A driver-based allocation; prefer {@link AllocationRule#byDriver(String, Map)}. Copies {@code usage}.
         *
         * @param driver name of the usage driver, not blank
         * @param usage  consumer to usage; not negative, some positive
         * @throws org.itm.core.ItmValidationException if a usage is negative, all are zero or an argument is blank
         *         or empty
         */
        public ByDriver {
            Checks.notBlank(driver, "driver");
            Checks.notEmpty(usage, "usage");
            usage.forEach((k, v) -> Checks.notNegative(v, "usage." + k));
            Checks.require(usage.values().stream().anyMatch(v -> v.signum() > 0), "usage",
                    "at least one consumer must have used " + driver);
            usage = Collections.unmodifiableMap(new LinkedHashMap<>(usage));
        }

        @Override
        public Map<String, BigDecimal> weights() {
            return usage;
        }

        @Override
        public String describe() {
            return "by " + driver + " " + usage;
        }
    }

    /** @param headcount consumer to headcount */
    record ByHeadcount(Map<String, BigDecimal> headcount) implements AllocationRule {
        /**
         * A headcount allocation; prefer {@link AllocationRule#byHeadcount(Map)}. Copies {@code headcount}.
         *
         * @param headcount consumer to headcount; some positive
         * @throws org.itm.core.ItmValidationException if {@code headcount} is empty or all counts are zero
         */
        public ByHeadcount {
            Checks.notEmpty(headcount, "headcount");
            Checks.require(headcount.values().stream().anyMatch(v -> v.signum() > 0), "headcount",
                    "at least one consumer must have staff");
            headcount = Collections.unmodifiableMap(new LinkedHashMap<>(headcount));
        }

        @Override
        public Map<String, BigDecimal> weights() {
            return headcount;
        }

        @Override
        public String describe() {
            return "by headcount " + headcount;
        }
    }

    /** @param percentages consumer to percentage; not negative, adding up to exactly 100 */
    record FixedSplit(Map<String, BigDecimal> percentages) implements AllocationRule {
        /**
         * A fixed split; prefer {@link AllocationRule#fixedSplit(Map)}. Copies {@code percentages}.
         *
         * @param percentages consumer to percentage; not negative, adding up to exactly 100
         * @throws org.itm.core.ItmValidationException if a percentage is negative or they do not add up to 100
         */
        public FixedSplit {
            Checks.notEmpty(percentages, "percentages");
            percentages.forEach((k, v) -> Checks.notNegative(v, "percentages." + k));
            BigDecimal sum = percentages.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Checks.require(sum.compareTo(BigDecimal.valueOf(100)) == 0, "percentages",
                    "must add up to 100, was " + sum.toPlainString());
            percentages = Collections.unmodifiableMap(new LinkedHashMap<>(percentages));
        }

        @Override
        public Map<String, BigDecimal> weights() {
            return percentages;
        }

        @Override
        public String describe() {
            return "fixed split " + percentages + " %";
        }
    }
}
