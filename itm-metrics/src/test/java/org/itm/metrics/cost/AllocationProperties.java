package org.itm.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.itm.core.money.Money;

/** Largest-remainder allocations always reconcile to the cent and stay within a cent of the exact share. */
class AllocationProperties {

    @Property(tries = 500)
    void partsAddUpToTheTotalAndStayWithinOneCentOfTheExactShare(
            @ForAll @LongRange(min = -10_000_000, max = 100_000_000) long cents,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 100_000) Integer> rawWeights,
            @ForAll @IntRange(min = 0, max = 3) int weightDecimals) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < rawWeights.size(); i++) {
            weights.put("c" + i, BigDecimal.valueOf(rawWeights.get(i), weightDecimals));
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            weights.put("c0", BigDecimal.ONE);
            sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Money total = new Money(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
        Map<String, Money> parts = Allocation.largestRemainder(total, weights);

        BigDecimal allocated = parts.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo(total.amount());
        for (Map.Entry<String, Money> p : parts.entrySet()) {
            BigDecimal exact = total.amount().multiply(weights.get(p.getKey()))
                    .divide(sum, MathContext.DECIMAL128);
            assertThat(p.getValue().amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            assertThat(p.getValue().amount().scale()).isEqualTo(2);
        }
    }
}
