package org.itm.governance.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LargeInstanceTest {

    /** 200 candidates over 3 years and 4 teams (see {@link SelectionInstances#random}). */
    @Test
    void twoHundredCandidatesAreSolvedToProvenOptimality() {
        SelectionProblem p = SelectionInstances.random(200, 42);
        SelectionResult r = org.assertj.core.api.Assertions.assertThat(
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Selector.exact().select(p)))
                .actual();
        assertThat(r.status()).isEqualTo(SelectionResult.Status.OPTIMAL);
        assertThat(SelectorProperties.feasible(p, Set.copyOf(r.selected()))).isTrue();
    }
}
