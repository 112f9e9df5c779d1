package org.itm.governance.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;
import org.itm.governance.portfolio.Portfolio;
import org.itm.governance.portfolio.YearQuarter;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    static Initiative ini(String id, String cost) {
        return Initiative.builder(id).name(id).sponsor("s").businessUnit("u").plannedStart(YearQuarter.of(2027, 1))
                .cost(2027, cost, "0").benefit(2027, "100").benefit(2028, "200").build();
    }

    final Portfolio portfolio = Portfolio.of("EUR", List.of(ini("A", "600"), ini("B", "300"), ini("C", "100"), ini("D", "50")));
    final Outcome nps = new Outcome("nps", "Delight customers", List.of(
            new KeyResult("nps", "Net promoter score", 20, 40, 30),
            new KeyResult("churn", "Monthly churn %", 5, 3, 4.5)));
    final Outcome cost = new Outcome("run-cost", "Cut run cost", List.of(new KeyResult("opex", "Opex MEUR", 10, 8, 10)));
    final Outcome risk = new Outcome("risk", "Reduce risk", List.of(new KeyResult("incidents", "P1 per year", 12, 4, 12)));

    @Test
    void keyResultProgressWorksForIncreasesAndReductions() {
        assertThat(nps.keyResults().get(0).progress()).isCloseTo(0.5, within(1e-12));
        assertThat(nps.keyResults().get(1).progress()).isCloseTo(0.25, within(1e-12));
        assertThat(nps.progress()).isCloseTo(0.375, within(1e-12));
        assertThat(nps.keyResults().get(0).withCurrent(50).progress()).isEqualTo(1.0);
    }

    @Test
    void alignmentReportsLinkedSpendOrphansAndUnfundedOutcomes() {
        List<OutcomeLink> links = List.of(new OutcomeLink(InitiativeId.of("A"), "nps", 0.6),
                new OutcomeLink(InitiativeId.of("B"), "nps", 0.5), new OutcomeLink(InitiativeId.of("D"), "run-cost", 0.3));
        AlignmentReport r = AlignmentReport.of(portfolio, Set.of(InitiativeId.of("A"), InitiativeId.of("B"), InitiativeId.of("C")),
                List.of(nps, cost, risk), links);
        // funded 1000, linked 900 (A + B); D is linked but unfunded, so run-cost has no funded initiative
        assertThat(r.linkedSpendShare()).isEqualByComparingTo("0.9000");
        assertThat(r.orphans()).extracting(InitiativeId::value).containsExactly("C");
        assertThat(r.unfundedOutcomes()).containsExactly("risk", "run-cost");
        assertThat(r.expectedContribution().get("nps")).isCloseTo(1.1, within(1e-12));
        assertThatThrownBy(() -> AlignmentReport.of(portfolio, Set.of(), List.of(nps), List.of(new OutcomeLink(InitiativeId.of("A"), "nope", 1))))
                .hasMessageContaining("names unknown outcome nope");
    }

    @Test
    void benefitRealisationComparesPlannedWithActualToDate() {
        BenefitRealisation r = BenefitRealisation.of(portfolio.get(InitiativeId.of("A")),
                Map.of(2027, new BigDecimal("80"), 2028, new BigDecimal("10")), 2027);
        assertThat(r.plannedToDate()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(r.actualToDate()).isEqualTo(Money.of("80.00", "EUR"));
        assertThat(r.ratio()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.8"));
    }
}
