package org.itm.governance.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class AhpTest {

    /**
     * The drink-consumption example of Saaty, T. L. (2008), "Decision making with the analytic hierarchy process",
     * International Journal of Services Sciences 1(1), pp. 83–98: derived priorities coffee .177, wine .019,
     * tea .042, beer .116, soda .190, milk .129, water .327 with a consistency ratio of 0.022.
     */
    @Test
    void reproducesSaatysDrinkConsumptionExample() {
        double[][] m = {
            {1, 9, 5, 2, 1, 1, 1.0 / 2},
            {1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9},
            {1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9},
            {1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
            {1, 9, 4, 2, 1, 2, 1.0 / 2},
            {1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
            {2, 9, 9, 3, 2, 3, 1}};
        AhpResult r = Ahp.evaluate(List.of("coffee", "wine", "tea", "beer", "soda", "milk", "water"), m);
        assertThat(r.weights().get("coffee")).isCloseTo(0.177, within(0.0005));
        assertThat(r.weights().get("wine")).isCloseTo(0.019, within(0.0005));
        assertThat(r.weights().get("tea")).isCloseTo(0.042, within(0.0005));
        assertThat(r.weights().get("beer")).isCloseTo(0.116, within(0.0005));
        assertThat(r.weights().get("soda")).isCloseTo(0.190, within(0.0005));
        assertThat(r.weights().get("milk")).isCloseTo(0.129, within(0.0005));
        assertThat(r.weights().get("water")).isCloseTo(0.327, within(0.0005));
        assertThat(r.randomIndex()).isEqualTo(1.32);
        assertThat(r.consistencyRatio()).isCloseTo(0.022, within(0.0005));
        assertThat(r.consistent()).isTrue();
        assertThat(r.reason()).contains("accepted");
    }

    @Test
    void perfectlyConsistentJudgementsHaveZeroConsistencyRatio() {
        AhpResult r = Ahp.builder("a", "b", "c").compare("a", "b", 2).compare("a", "c", 4).compare("b", "c", 2).evaluate();
        assertThat(r.weights().get("a")).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3.0, within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void rejectsInconsistentJudgementsWithTheReason() {
        // a > b, b > c but c > a: an intransitive cycle
        AhpResult r = Ahp.builder("a", "b", "c").compare("a", "b", 5).compare("b", "c", 5).compare("c", "a", 5).evaluate();
        assertThat(r.consistent()).isFalse();
        assertThatThrownBy(r::requireConsistent).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining(">= 0.1: judgements are inconsistent; revise");
    }

    @Test
    void missingAndReciprocalErrorsAreNamed() {
        assertThatThrownBy(() -> Ahp.builder("a", "b", "c").compare("a", "b", 3).evaluate())
                .hasMessageContaining("missing judgement a vs c").hasMessageContaining("missing judgement b vs c");
        assertThatThrownBy(() -> Ahp.evaluate(List.of("a", "b"), new double[][] {{1, 3}, {3, 1}}))
                .hasMessageContaining("must be the reciprocal");
    }
}
