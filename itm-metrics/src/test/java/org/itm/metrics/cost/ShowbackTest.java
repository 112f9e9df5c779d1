package org.itm.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.junit.jupiter.api.Test;

class ShowbackTest {

    static final YearMonth MAY = YearMonth.of(2026, 5);

    @Test
    void largestRemainderGivesTheLeftOverCentsToTheLargestFractions() {
        Map<String, BigDecimal> thirds = new LinkedHashMap<>();
        thirds.put("a", BigDecimal.ONE);
        thirds.put("b", BigDecimal.ONE);
        thirds.put("c", BigDecimal.ONE);
        Map<String, Money> parts = Allocation.largestRemainder(Money.of("100.00", "EUR"), thirds);
        // 33.333.. each; one cent left, equal remainders -> first by name
        assertThat(parts.values()).extracting(Money::toString).containsExactly("33.34 EUR", "33.33 EUR", "33.33 EUR");

        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("x", new BigDecimal("2"));
        w.put("y", new BigDecimal("7"));
        // 10.00 * 2/9 = 2.2222 -> 2.22; 10.00 * 7/9 = 7.7777 -> 7.77 + 0.01 (larger remainder)
        assertThat(Allocation.largestRemainder(Money.of("10.00", "EUR"), w).values()).extracting(Money::toString)
                .containsExactly("2.22 EUR", "7.78 EUR");
        assertThat(Allocation.largestRemainder(Money.of("-0.05", "EUR"), thirds).values())
                .extracting(Money::toString).containsExactly("-0.02 EUR", "-0.02 EUR", "-0.01 EUR");
        assertThat(Allocation.largestRemainder(Money.of("1000", "JPY"), thirds).values()).extracting(Money::toString)
                .containsExactly("334 JPY", "333 JPY", "333 JPY");
        assertThatThrownBy(() -> Allocation.largestRemainder(Money.of("1.005", "EUR"), thirds))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("minor units");
    }

    @Test
    void showbackPerConsumerReconcilesToTheCentAcrossRules() {
        List<CostRecord> costs = List.of(
                new CostRecord("datacentre", "erp", MAY, Money.of("10000.00", "EUR")),
                new CostRecord("desk", "erp", MAY, Money.of("3000.01", "EUR")),
                new CostRecord("licences", "crm", MAY, Money.of("999.99", "EUR")),
                new CostRecord("network", "crm", MAY, Money.of("500.00", "EUR")));
        Map<String, AllocationRule> rules = Map.of(
                "datacentre", AllocationRule.byDriver("cpu hours", Map.of("sales", new BigDecimal("120.5"),
                        "finance", new BigDecimal("79.5"))),
                "desk", AllocationRule.byHeadcount(Map.of("sales", 40, "finance", 20, "hr", 10)),
                "licences", AllocationRule.direct("sales"),
                "network", AllocationRule.fixedSplit(Map.of("sales", new BigDecimal("50"),
                        "finance", new BigDecimal("33.3"), "hr", new BigDecimal("16.7"))));
        Showback s = Showback.allocate(costs, rules);

        assertThat(s.total().isEqualTo(Money.of("14500.00", "EUR"))).isTrue();
        Map<String, Money> byConsumer = s.byConsumer();
        // datacentre: 6025.00 / 3975.00; desk 300001 cents by 4:2:1: floors 171429, 85714, 42857 with remainders
        // 1/7, 4/7, 2/7 -> the left-over cent goes to finance: 1714.29, 857.15, 428.57;
        // licences 999.99 to sales; network 250.00 / 166.50 / 83.50
        assertThat(byConsumer.get("sales").toString()).isEqualTo("8989.28 EUR");
        assertThat(byConsumer.get("finance").toString()).isEqualTo("4998.65 EUR");
        assertThat(byConsumer.get("hr").toString()).isEqualTo("512.07 EUR");
        assertThat(s.linesOf("hr")).extracting(ShowbackLine::rule).anyMatch(r -> r.startsWith("by headcount"));
        assertThat(s.byService().get("crm").toString()).isEqualTo("1499.99 EUR");
        // 1499.99 / 300 = 4.99996.. -> 5.0000 at four decimals, half-even
        assertThat(s.costPerUnit("crm", new BigDecimal("300"), 4).toString()).isEqualTo("5.0000 EUR");
        assertThat(s.costPerUnit("crm", new BigDecimal("300"), 6).toString()).isEqualTo("4.999967 EUR");
    }

    @Test
    void missingRulesAndMixedCurrenciesAreRejected() {
        List<CostRecord> costs = List.of(new CostRecord("a", "s", MAY, Money.of("1.00", "EUR")),
                new CostRecord("b", "s", MAY, Money.of("1.00", "USD")));
        assertThatThrownBy(() -> Showback.allocate(costs, Map.of("a", AllocationRule.direct("x"))))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("costs[1].amount").hasMessageContaining("[b]");
        assertThatThrownBy(() -> AllocationRule.fixedSplit(Map.of("a", new BigDecimal("60"), "b",
                new BigDecimal("30")))).hasMessageContaining("add up to 100");
    }
}
