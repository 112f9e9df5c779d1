package org.itm.governance.selection;

import org.itm.governance.portfolio.TeamQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class SelectorTest {

    static Candidate c(String id, double value, String cost2027, String... requires) {
        return new Candidate(InitiativeId.of(id), value, Map.of(2027, new BigDecimal(cost2027)), Map.of(), 0,
                java.util.Arrays.stream(requires).map(InitiativeId::of).collect(java.util.stream.Collectors.toSet()), Set.of());
    }

    @Test
    void choosesTheBestCombinationNotTheGreedyOne() {
        // greedy by value/cost takes A (ratio 1.2) then nothing fits; B + C is worth more
        SelectionProblem p = SelectionProblem.builder("EUR").budget(2027, "100")
                .candidate(c("A", 72, "60")).candidate(c("B", 50, "50")).candidate(c("C", 50, "50")).build();
        SelectionResult r = Selector.exact().select(p);
        assertThat(r.status()).isEqualTo(SelectionResult.Status.OPTIMAL);
        assertThat(r.selected()).extracting(InitiativeId::value).containsExactly("B", "C");
        assertThat(r.totalValue()).isEqualTo(100.0);
        assertThat(r.spendByYear()).containsEntry(2027, Money.of("100.00", "EUR"));
        assertThat(r.decision(InitiativeId.of("A")).orElseThrow().reason())
                .isEqualTo("adding it would exceed the 2027 budget by 60.00 EUR");
    }

    @Test
    void dependenciesExclusionsAndMandatoryAreRespected() {
        SelectionProblem p = SelectionProblem.builder("EUR").budget(2027, "100")
                .candidate(c("PLATFORM", 1, "40"))
                .candidate(c("APP", 60, "40", "PLATFORM"))
                .candidate(new Candidate(InitiativeId.of("ALT"), 55, Map.of(2027, new BigDecimal("30")), Map.of(), 0,
                        Set.of(), Set.of(InitiativeId.of("APP"))))
                .candidate(c("REG", 5, "20"))
                .mandatory("REG").build();
        SelectionResult r = Selector.exact().select(p);
        assertThat(r.selected()).extracting(InitiativeId::value).containsExactlyInAnyOrder("PLATFORM", "APP", "REG");
        assertThat(r.decision(InitiativeId.of("REG")).orElseThrow().reason()).isEqualTo("mandatory");
        assertThat(r.decision(InitiativeId.of("ALT")).orElseThrow().reason()).contains("excluded by selected APP");
        assertThat(r.decision(InitiativeId.of("PLATFORM")).orElseThrow().reason()).contains("also required by APP");
    }

    @Test
    void teamCapacityAndRiskCapBind() {
        YearQuarter q = YearQuarter.of(2027, 1);
        TeamQuarter platformQ1 = new TeamQuarter("platform", q);
        SelectionProblem p = SelectionProblem.builder("EUR").capacity("platform", q, 3).riskCap(50)
                .candidate(new Candidate(InitiativeId.of("A"), 10, Map.of(), Map.of(platformQ1, 2.0), 10, Set.of(), Set.of()))
                .candidate(new Candidate(InitiativeId.of("B"), 9, Map.of(), Map.of(platformQ1, 1.5), 10, Set.of(), Set.of()))
                .candidate(new Candidate(InitiativeId.of("C"), 8, Map.of(), Map.of(), 45, Set.of(), Set.of()))
                .build();
        SelectionResult r = Selector.exact().select(p);
        assertThat(r.selected()).extracting(InitiativeId::value).containsExactly("A");
        assertThat(r.decision(InitiativeId.of("B")).orElseThrow().reason())
                .contains("exceed platform capacity in 2027-Q1 by 0.50 FTE");
        assertThat(r.decision(InitiativeId.of("C")).orElseThrow().reason()).contains("exceed the risk cap by 5.00");
    }

    @Test
    void infeasibleInstancesSayWhy() {
        SelectionProblem overBudget = SelectionProblem.builder("EUR").budget(2027, "100")
                .candidate(c("A", 1, "80")).candidate(c("B", 1, "50", "A")).mandatory("B").build();
        SelectionResult r = Selector.exact().select(overBudget);
        assertThat(r.status()).isEqualTo(SelectionResult.Status.INFEASIBLE);
        assertThat(r.infeasibility()).containsExactly(
                "the mandatory set {A, B} exceeds the 2027 budget by 30.00 EUR (needs 130.00 EUR, limit 100.00 EUR)");

        SelectionProblem conflict = SelectionProblem.builder("EUR")
                .candidate(c("A", 1, "1", "B"))
                .candidate(new Candidate(InitiativeId.of("B"), 1, Map.of(), Map.of(), 0, Set.of(), Set.of(InitiativeId.of("C"))))
                .candidate(c("C", 1, "1")).mandatory("A", "C").build();
        assertThat(Selector.exact().select(conflict).infeasibility()).containsExactly(
                "mandatory C and B (required by mandatory A) exclude each other");
    }

    @Test
    void candidatesThatCanNeverFitAreExplained() {
        SelectionProblem p = SelectionProblem.builder("EUR").budget(2027, "100")
                .candidate(c("BIG", 1000, "150")).candidate(c("SMALL", 1, "10")).build();
        SelectionResult r = Selector.exact().select(p);
        assertThat(r.selected()).extracting(InitiativeId::value).containsExactly("SMALL");
        assertThat(r.decision(InitiativeId.of("BIG")).orElseThrow().reason())
                .startsWith("can never be selected").contains("exceeds the 2027 budget by 50.00 EUR");
    }

    @Test
    void unknownReferencesAreRejected() {
        assertThatThrownBy(() -> SelectionProblem.builder("EUR").candidate(c("A", 1, "1", "Z")).mandatory("Q").build())
                .hasMessageContaining("names unknown candidate Z").hasMessageContaining("mandatory: names unknown candidate Q");
    }

    @Test
    void nodeLimitReportsBestFoundWithAnUpperBound() {
        SelectionProblem.Builder b = SelectionProblem.builder("EUR").budget(2027, "1000");
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            int cost = 50 + rnd.nextInt(100);
            b.candidate(c("I" + i, cost + rnd.nextInt(10), Integer.toString(cost)));
        }
        SelectionResult r = Selector.exact(5).select(b.build());
        assertThat(r.status()).isEqualTo(SelectionResult.Status.NODE_LIMIT_REACHED);
        assertThat(r.upperBound()).isGreaterThanOrEqualTo(r.totalValue());
    }

    @Test
    void problemBuilderRejectsAnUnknownCurrencyNamingTheCurrency() {
        rejectsNaming(() -> SelectionProblem.builder("EURO"), "currency");
    }

    @Test
    void budgetFromTextRejectsANonDecimalNamingTheAmount() {
        rejectsNaming(() -> SelectionProblem.builder("EUR").budget(2027, "2 million"), "amount");
    }

    static void rejectsNaming(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path).contains(field));
    }
}
