package org.itm.governance.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    static Initiative.Builder base(String id) {
        return Initiative.builder(id).name("Initiative " + id).sponsor("CIO").businessUnit("IT")
                .plannedStart(YearQuarter.of(2027, 1));
    }

    @Test
    void builderReportsEveryBadPropertyAtOnce() {
        assertThatThrownBy(() -> Initiative.builder("A").riskScore(140).build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path)
                        .contains("name", "sponsor", "businessUnit", "riskScore", "plannedStart"));
    }

    @Test
    void durationDefaultsToOnePastTheLastTeamDemand() {
        Initiative i = base("A").demand("platform", 0, 2).demand("platform", 2, 1).build();
        assertThat(i.durationQuarters()).isEqualTo(3);
        assertThat(i.plannedEnd()).isEqualTo(YearQuarter.of(2027, 4));
    }

    @Test
    void netCashFlowsFillGapYearsWithZero() {
        Initiative i = base("A").cost(2026, "100", "20").benefit(2028, "300").build();
        assertThat(i.netCashFlows()).containsExactly(new BigDecimal("-120"), BigDecimal.ZERO, new BigDecimal("300"));
        assertThat(i.firstYear()).isEqualTo(2026);
    }

    @Test
    void portfolioRejectsUnknownReferencesAndCycles() {
        assertThatThrownBy(() -> Portfolio.of("EUR", List.of(base("A").requires("Z").build())))
                .hasMessageContaining("names unknown initiative Z");
        assertThatThrownBy(() -> Portfolio.of("EUR", List.of(base("A").requires("B").build(),
                base("B").requires("C").build(), base("C").requires("A").build())))
                .hasMessageContaining("dependency cycle A requires B requires C requires A");
    }

    @Test
    void assessmentSplitsMultiObjectiveInitiativesAndMeasuresConcentration() {
        Portfolio p = Portfolio.of("EUR", List.of(
                base("A").objective("growth").objective("efficiency").businessUnit("Retail").cost(2027, "600", "0")
                        .benefit(2028, "900").riskScore(50).health(new Health(Rag.GREEN, Rag.RED, Rag.GREEN)).build(),
                base("B").objective("growth").businessUnit("Retail").cost(2027, "200", "100").riskScore(10).build(),
                base("C").businessUnit("Corporate").stage(StageGate.APPROVED).cost(2027, "100", "0").build()));
        PortfolioAssessment a = p.assess();
        assertThat(a.total().cost()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(a.byObjective().get("growth").cost()).isEqualTo(Money.of("600.00", "EUR"));
        assertThat(a.byObjective().get("efficiency").benefit()).isEqualTo(Money.of("450.00", "EUR"));
        assertThat(a.byObjective().get(PortfolioAssessment.NO_OBJECTIVE).count()).isEqualTo(1);
        assertThat(a.byStage().get(StageGate.APPROVED).count()).isEqualTo(1);
        assertThat(a.byBusinessUnit().get("Retail").healthCount(Rag.RED)).isEqualTo(1);
        // spend shares 0.9 / 0.1 -> 0.81 + 0.01
        assertThat(a.spendByBusinessUnit().herfindahl()).isCloseTo(0.82, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.spendByBusinessUnit().level()).isEqualTo("HIGH");
        // risk-weighted: A 300, B 30, C 0
        assertThat(a.riskByInitiative().shares().get(0).key()).isEqualTo("A");
        assertThat(a.riskByInitiative().topShare(1)).isCloseTo(300.0 / 330, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.total().riskWeightedCost()).isEqualTo(Money.of("330.00", "EUR"));
    }

    @Test
    void healthOverallIsTheWorstAssessedDimension() {
        assertThat(new Health(Rag.GREEN, Rag.AMBER, Rag.NOT_ASSESSED).overall()).isEqualTo(Rag.AMBER);
        assertThat(Health.fromVariances(0.02, 0.2, 0.06, 0.05, 0.15).overall()).isEqualTo(Rag.RED);
        assertThat(Health.notAssessed().overall()).isEqualTo(Rag.NOT_ASSESSED);
    }

    @Test
    void yearQuarterArithmeticCrossesYears() {
        assertThat(YearQuarter.parse("2027-Q4").plus(1)).isEqualTo(YearQuarter.of(2028, 1));
        assertThat(YearQuarter.of(2027, 2).quartersUntil(YearQuarter.of(2026, 4))).isEqualTo(-2);
        assertThatThrownBy(() -> YearQuarter.parse("2027Q5")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void moneyRefusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .hasMessageContaining("cannot combine EUR with USD");
        assertThat(Money.of("1.005", "EUR").rounded().amount()).isEqualByComparingTo("1.00");
    }

    @Test
    void portfolioRejectsAnUnknownCurrencyNamingTheCurrency() {
        rejectsNaming(() -> Portfolio.of("XX", List.of()), "currency");
    }

    @Test
    void initiativeBuilderRejectsAnUnknownCurrencyAtOnceNamingTheCurrency() {
        rejectsNaming(() -> base("A").currency("EURO"), "currency");
    }

    @Test
    void yearCostRejectsTextThatIsNotADecimalNamingTheField() {
        rejectsNaming(() -> YearCost.of(2027, "1,5", "0"), "capex");
        rejectsNaming(() -> YearCost.of(2027, "0", "abc"), "opex");
    }

    @Test
    void yearBenefitRejectsTextThatIsNotADecimalNamingTheAmount() {
        rejectsNaming(() -> YearBenefit.of(2027, "12k"), "amount");
    }

    static void rejectsNaming(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path).contains(field));
    }
}
