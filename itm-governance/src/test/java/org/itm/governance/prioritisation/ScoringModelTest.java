package org.itm.governance.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringModelTest {

    private final Map<String, Map<String, Double>> scores = Map.of(
            "A", Map.of("value", 10.0, "effort", 5.0),
            "B", Map.of("value", 6.0, "effort", 1.0),
            "C", Map.of("value", 2.0));

    @Test
    void weightsAreRescaledAndEveryScoreIsExplainedByCriterion() {
        ScoringModel m = ScoringModel.builder().criterion("value", 3, CriterionDirection.BENEFIT)
                .criterion("effort", 1, CriterionDirection.COST).missingScores(MissingScorePolicy.WORST).build();
        Ranking r = m.rank(scores);
        // A: value 1.0*0.75 + effort (5-5)/4*0.25 = 0.75; B: 0.5*0.75 + 1*0.25 = 0.625; C: 0 + worst(0)*0.25 = 0
        assertThat(r.order()).containsExactly("A", "B", "C");
        assertThat(r.find("B").orElseThrow().score()).isCloseTo(0.625, within(1e-12));
        CriterionScore effortC = r.find("C").orElseThrow().breakdown().get(1);
        assertThat(effortC.missing()).isTrue();
        assertThat(effortC.note()).contains("worst");
        assertThat(r.explain()).contains("#2 B 0.625 = value 0.375 (raw 6.000) + effort 0.250 (raw 1.000)");
    }

    @Test
    void missingScorePoliciesDiffer() {
        ScoringModel.Builder b = ScoringModel.builder().criterion("value", 1, CriterionDirection.BENEFIT)
                .criterion("effort", 1, CriterionDirection.COST);
        // observed effort normalised: A 0, B 1 -> mean 0.5
        assertThat(b.missingScores(MissingScorePolicy.MEAN).build().rank(scores).find("C").orElseThrow().score())
                .isCloseTo(0.25, within(1e-12));
        // C has only value (normalised 0): renormalised weight 1 -> 0
        assertThat(b.missingScores(MissingScorePolicy.RENORMALISE).build().rank(scores).find("C").orElseThrow()
                .breakdown().get(0).weight()).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> b.missingScores(MissingScorePolicy.REJECT).build().rank(scores))
                .hasMessageContaining("scores[C].effort: is missing");
    }

    @Test
    void unknownCriteriaAndBadWeightsAreRejected() {
        ScoringModel m = ScoringModel.builder().criterion("value", 1, CriterionDirection.BENEFIT).build();
        assertThatThrownBy(() -> m.rank(Map.of("A", Map.of("valeu", 1.0)))).hasMessageContaining("is not a criterion");
        assertThatThrownBy(() -> ScoringModel.builder().criterion("v", -1, CriterionDirection.BENEFIT).build())
                .hasMessageContaining("criteria[v].weight");
    }

    @Test
    void ahpWeightsFeedTheModel() {
        AhpResult ahp = Ahp.builder("value", "risk").compare("value", "risk", 3).evaluate();
        ScoringModel m = ScoringModel.builder().weights(ahp).direction("risk", CriterionDirection.COST).build();
        assertThat(m.weights().get("value")).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void wsjfDividesCostOfDelayByJobSize() {
        Ranking r = Wsjf.rank(List.of(new Wsjf.Item("big", 8, 5, 3, 8), new Wsjf.Item("small", 3, 2, 1, 2)));
        assertThat(r.order()).containsExactly("small", "big");
        assertThat(r.find("small").orElseThrow().score()).isEqualTo(3.0);
        assertThat(r.find("big").orElseThrow().breakdown()).extracting(CriterionScore::contribution)
                .containsExactly(1.0, 0.625, 0.375);
    }
}
