package org.itm.governance.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.itm.governance.portfolio.InitiativeId;
import org.junit.jupiter.api.Test;

class FrontierTest {

    @Test
    void valueNeverFallsAsTheBudgetGrowsAndEachStepNamesItsMarginalInitiatives() {
        SelectionProblem p = SelectionProblem.builder("EUR").budget(2027, "100")
                .candidate(SelectorTest.c("A", 72, "60")).candidate(SelectorTest.c("B", 50, "50"))
                .candidate(SelectorTest.c("C", 50, "50")).candidate(SelectorTest.c("D", 10, "20"))
                .mandatory("D").build();
        Frontier f = Frontier.of(Selector.exact(), p, List.of(new BigDecimal("0.1"), new BigDecimal("0.5"),
                new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.4")));
        assertThat(f.points().get(0).result().feasible()).isFalse();
        assertThat(f.points().get(0).explain()).contains("infeasible").contains("exceeds the 2027 budget by 10.00 EUR");
        // 50: D only (20) + nothing else fits (A 60, B/C 50 > 30 left)
        assertThat(f.points().get(1).result().selected()).extracting(InitiativeId::value).containsExactly("D");
        // 80: D + A = 80
        assertThat(f.points().get(2).added()).extracting(InitiativeId::value).containsExactly("A");
        // 100: D + B (70) or D + A (80)? D + A value 82 vs D + B 60: A stays
        assertThat(f.points().get(3).marginalValue()).isEqualTo(0.0);
        // 140: D + B + C (120, value 110) beats D + A + B (130, value 132)? 132 wins
        Frontier.Point last = f.points().get(4);
        assertThat(last.result().totalValue()).isEqualTo(132.0);
        assertThat(last.marginalValue()).isEqualTo(50.0);
        assertThat(last.marginalSpend()).isEqualByComparingTo("50");
        double previous = 0;
        for (Frontier.Point pt : f.points().subList(1, 5)) {
            assertThat(pt.result().totalValue()).isGreaterThanOrEqualTo(previous);
            previous = pt.result().totalValue();
        }
    }
}
