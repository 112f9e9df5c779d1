package org.itm.operations.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Query;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.change.ChangeType;
import org.itm.operations.incident.IncidentId;
import org.junit.jupiter.api.Test;

/**
 * No write path of the change and problem repositories leaves their link documents behind their records: the
 * batch writes ({@code writesTo*}) carry the links, and a single-document write that would miss them is refused.
 */
class LinkedRepositoryWritesTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static Problem knownError(String id, String symptom) {
        return new Problem(id, "VPN drops", ProblemState.NEW, List.of(new IncidentId("INC-1")), Optional.of("gw"),
                Optional.of("remote"), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(T0 + " pm: created from 1 incident(s)"))
                .recordRootCause(new RootCause("software/leak", "sessions leak"), T0, "pm")
                .publishKnownError("restart the gateway", List.of(symptom), T0, "pm");
    }

    private static int documents(DocumentStore store, String type) {
        return store.query(Query.of(type)).items().size();
    }

    @Test
    void aChangeIsWrittenWithItsCiLinksInABatchAndASingleDocumentWriteIsRefused() {
        DocumentStore store = DocumentStores.inMemory();
        ChangeRepository changes = ChangeRepository.documentStore(store);
        Change c = Change.draft("CHG-1", "Patch DB", ChangeType.NORMAL, "rita", List.of("db-1", "db-2"), T0);

        assertThatThrownBy(() -> changes.toCreate(c)).isInstanceOfSatisfying(ItmValidationException.class,
                e -> assertThat(e.violations()).extracting(org.itm.core.Violation::path).containsExactly("value.cis"));
        store.write(changes.writesToCreate(c));
        assertThat(changes.allTouching("db-2")).extracting(v -> v.value().id()).containsExactly("CHG-1");

        // an update keeps the fixed CIs, so its single write is safe
        store.write(List.of(changes.toUpdate(c.cancel("postponed", T0.plusSeconds(60), "rita"), 1)));
        assertThatThrownBy(() -> changes.toDelete("CHG-1", 2)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("writesToDelete");
        store.write(changes.writesToDelete("CHG-1", 2));
        assertThat(changes.allTouching("db-1")).isEmpty();
        assertThat(documents(store, ChangeRepository.CI_LINK_TYPE)).isZero();
    }

    @Test
    void aKnownErrorIsWrittenWithItsSymptomLinksInABatchAndASingleDocumentWriteThatMissesThemIsRefused() {
        DocumentStore store = DocumentStores.inMemory();
        ProblemRepository problems = ProblemRepository.documentStore(store);
        Problem p = knownError("PRB-1", "tunnel disconnects");

        assertThatThrownBy(() -> problems.toCreate(p)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("symptoms");
        store.write(problems.writesToCreate(p));
        assertThat(problems.knownErrorsBySymptom("disconnects")).extracting(v -> v.value().id())
                .containsExactly("PRB-1");

        Problem republished = p.publishKnownError("upgrade firmware", List.of("session table full"),
                T0.plusSeconds(60), "pm");
        assertThatThrownBy(() -> problems.toUpdate(republished, 1)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("writesToUpdate");
        store.write(problems.writesToUpdate(republished, 1));
        assertThat(problems.knownErrorsBySymptom("disconnects")).isEmpty();
        assertThat(problems.knownErrorsBySymptom("session table")).extracting(v -> v.value().id())
                .containsExactly("PRB-1");

        // a change that leaves the symptoms as they are may be a single write
        Problem resolved = republished.resolveBy("CHG-9", T0.plusSeconds(120), "pm");
        store.write(List.of(problems.toUpdate(resolved, 2)));
        store.write(problems.writesToDelete("PRB-1", 3));
        assertThat(documents(store, ProblemRepository.SYMPTOM_TYPE)).isZero();
        assertThat(problems.knownErrorsBySymptom("session")).isEmpty();
    }
}
