package org.itm.operations.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.IllegalStateTransitionException;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.PriorityPolicy;
import org.junit.jupiter.api.Test;

class ProblemTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    static Incident incident(String id, String category, String ci, String service, Instant at) {
        return Incident.open(new IncidentId(id), "symptom", category, 2, 2, PriorityPolicy.itil3x3(), at, "mon")
                .affect(Optional.ofNullable(service), Optional.ofNullable(ci), at, "mon");
    }

    @Test
    void problemLifecycleFromIncidentsToKnownErrorToResolutionByChange() {
        Incident a = incident("INC-1", "network/vpn", "vpn-gw-1", "remote-access", T);
        Problem p = Problem.fromIncidents("PRB-1", "VPN drops", List.of(a), T, "pm")
                .link(new IncidentId("INC-2"), T.plusSeconds(60), "pm");
        assertThat(p.ci()).contains("vpn-gw-1");
        assertThat(p.incidents()).extracting(IncidentId::value).containsExactly("INC-1", "INC-2");
        Problem finalP = p;
        assertThatThrownBy(() -> finalP.resolveBy("CHG-9", T, "pm")).isInstanceOf(IllegalStateTransitionException.class);
        p = p.recordRootCause(new RootCause("software/memory-leak", "gateway leaks sessions"), T, "pm")
                .publishKnownError("restart the gateway nightly", List.of("VPN disconnects after 8 hours",
                        "session table full"), T, "pm");
        KnownErrorBase base = new KnownErrorBase();
        base.publish(p);
        assertThat(base.bySymptom("vpn DISCONNECTS")).extracting(Problem::id).containsExactly("PRB-1");
        assertThat(base.bySymptom("printer")).isEmpty();
        assertThat(base.byCi("vpn-gw-1")).hasSize(1);
        assertThat(base.byService("remote-access")).hasSize(1);
        p = p.resolveBy("CHG-9", T, "pm").close(T, "pm");
        assertThat(p.state()).isEqualTo(ProblemState.CLOSED);
        assertThat(p.resolvingChange()).contains("CHG-9");
        assertThat(p.notes()).hasSize(6);
    }

    @Test
    void recurringIncidentsOnTheSameCiWithSimilarCategoryAreProposedOnce() {
        ProblemDetector d = ProblemDetector.create(DetectionScope.CI, 3, Duration.ofDays(7));
        List<Incident> incidents = new ArrayList<>(List.of(
                incident("INC-1", "network/vpn", "gw", null, T),
                incident("INC-2", "network/dns", "gw", null, T.plus(Duration.ofDays(2))),
                incident("INC-3", "hardware", "gw", null, T.plus(Duration.ofDays(3))),
                incident("INC-4", "Network", "other", null, T.plus(Duration.ofDays(3))),
                incident("INC-5", "network", "gw", null, T.plus(Duration.ofDays(9)))));
        assertThat(d.detect(incidents)).isEmpty();
        incidents.add(incident("INC-6", "network/vpn", "gw", null, T.plus(Duration.ofDays(10))));
        incidents.add(incident("INC-7", "network/vpn", "gw", null, T.plus(Duration.ofDays(11))));
        List<ProblemProposal> first = d.detect(incidents);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).incidents()).extracting(IncidentId::value).containsExactly("INC-5", "INC-6", "INC-7");
        assertThat(first.get(0).reason()).contains("3 incidents").contains("gw");
        assertThat(d.detect(incidents)).isEmpty();
        incidents.add(incident("INC-8", "network", "gw", null, T.plus(Duration.ofDays(12))));
        assertThat(d.detect(incidents)).isEmpty();
    }
}
