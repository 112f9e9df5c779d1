package org.itm.operations.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.operations.incident.IncidentId;
import org.junit.jupiter.api.Test;

class ProblemInvariantsTest {

    static final Instant T = ProblemTest.T;
    static final RootCause CAUSE = new RootCause("software/memory-leak", "gateway leaks sessions");
    static final List<IncidentId> ONE = List.of(new IncidentId("INC-1"));
    static final List<String> NOTES = List.of(T + " pm: created from 1 incident(s)");

    static Problem problem(ProblemState state, List<IncidentId> incidents, Optional<RootCause> cause,
                           Optional<String> workaround, List<String> symptoms, Optional<String> change) {
        return new Problem("PRB-1", "VPN drops", state, incidents, Optional.of("gw"), Optional.empty(), cause,
                workaround, symptoms, change, NOTES);
    }

    static List<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void aProblemCannotBeConstructedResolvedWithoutARootCauseOrAChange() {
        ItmValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ItmValidationException.class,
                () -> problem(ProblemState.RESOLVED, ONE, Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty()));
        assertThat(paths(e)).containsExactlyInAnyOrder("rootCause", "resolvingChange");
        assertThat(e).hasMessageContaining("a problem is resolved once its cause is known");
    }

    @Test
    void aProblemCannotBeConstructedInAStateItsCommandsNeverProduce() {
        assertThatThrownBy(() -> problem(ProblemState.NEW, ONE, Optional.of(CAUSE), Optional.empty(), List.of(),
                Optional.empty())).isInstanceOf(ItmValidationException.class).hasMessageContaining("rootCause");
        assertThatThrownBy(() -> problem(ProblemState.UNDER_INVESTIGATION, ONE, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty())).hasMessageContaining("rootCause: is required in UNDER_INVESTIGATION");
        assertThatThrownBy(() -> problem(ProblemState.KNOWN_ERROR, ONE, Optional.of(CAUSE), Optional.empty(),
                List.of(), Optional.empty())).hasMessageContaining("workaround: is required for a KNOWN_ERROR");
        assertThatThrownBy(() -> problem(ProblemState.KNOWN_ERROR, ONE, Optional.of(CAUSE), Optional.of("restart"),
                List.of(), Optional.empty())).hasMessageContaining("symptoms");
        assertThatThrownBy(() -> problem(ProblemState.KNOWN_ERROR, ONE, Optional.of(CAUSE), Optional.of("restart"),
                List.of("drops"), Optional.of("CHG-1"))).hasMessageContaining("resolvingChange");
        ItmValidationException none = org.junit.jupiter.api.Assertions.assertThrows(ItmValidationException.class,
                () -> new Problem("PRB-1", "VPN drops", ProblemState.NEW, List.of(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of()));
        assertThat(paths(none)).containsExactlyInAnyOrder("incidents", "notes");
    }

    @Test
    void everyStateTheCommandsReachIsAcceptedByTheConstructor() {
        Problem p = Problem.fromIncidents("PRB-1", "VPN drops",
                List.of(ProblemTest.incident("INC-1", "network/vpn", "gw", "vpn", T)), T, "pm");
        Problem published = p.publishKnownError("restart", List.of("drops"), T, "pm");
        Problem investigated = p.recordRootCause(CAUSE, T, "pm");
        Problem known = investigated.publishKnownError("restart", List.of("drops"), T, "pm");
        Problem closed = known.resolveBy("CHG-1", T, "pm").close(T, "pm");
        Problem resolvedUnpublished = investigated.resolveBy("CHG-2", T, "pm");
        for (Problem q : List.of(p, published, investigated, known, closed, resolvedUnpublished,
                published.recordRootCause(CAUSE, T, "pm"))) {
            assertThat(new Problem(q.id(), q.title(), q.state(), q.incidents(), q.ci(), q.service(), q.rootCause(),
                    q.workaround(), q.symptoms(), q.resolvingChange(), q.notes())).isEqualTo(q);
        }
    }
}
