package org.itm.operations.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.priority.PriorityMatrix;
import org.itm.core.ItmValidationException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Write;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTarget;
import org.junit.jupiter.api.Test;

class IncidentIntegrationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void theWorkedExampleDrivenThroughIncidentCommandsBreachesFridayAtFive() {
        PriorityPolicy matrix = PriorityPolicy.of(PriorityMatrix.itil3x3());
        Incident i = Incident.open(new IncidentId("INC-1"), "Mail down", "email", 1, 2, matrix,
                berlin("2026-03-26T14:00"), "alice");
        assertThat(i.priority()).isEqualTo("P2");
        i = i.assign("messaging", Optional.of("bob"), berlin("2026-03-26T14:00"), "alice")
                .start(berlin("2026-03-26T14:00"), "bob")
                .hold(HoldReason.AWAITING_CUSTOMER, "logs requested", berlin("2026-03-27T10:00"), "bob")
                .resume(berlin("2026-03-27T13:00"), "bob")
                .resolve("FIXED", "quota raised", berlin("2026-03-30T12:00"), "bob");
        SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
                BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        SlaResult r = engine.evaluate(d, IncidentSlaTimeline.of(i), berlin("2026-03-30T12:00")).orElseThrow();
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(11));
        assertThat(r.paused()).isEqualTo(Duration.ofHours(3));
        assertThat(r.breachedAt()).contains(Instant.parse("2026-03-27T16:00:00Z"));
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(IncidentSlaTimeline.of(i).attributes()).containsEntry("team", "messaging");
    }

    @Test
    void incidentsRoundTripThroughTheCoreDocumentStore() {
        IncidentRepository repo = IncidentRepository.documentStore(DocumentStores.inMemory());
        Incident i = Incident.open(new IncidentId("INC-2"), "VPN", "network", 2, 2, PriorityPolicy.itil3x3(),
                Instant.parse("2026-03-26T10:00:00Z"), "alice");
        repo.save(i);
        Incident assigned = i.assign("network", Optional.empty(), Instant.parse("2026-03-26T10:05:00Z"), "alice");
        repo.save(assigned);
        assertThat(repo.find(i.id())).contains(assigned);
        assertThat(repo.findAll()).containsExactly(assigned);
        assertThat(repo.find(new IncidentId("nope"))).isEmpty();
    }

    @Test
    void writesToSaveCreateThenUpdateAndApplyOnlyWithTheirBatch() {
        DocumentStore store = DocumentStores.inMemory();
        IncidentRepository repo = IncidentRepository.documentStore(store);
        Incident i = Incident.open(new IncidentId("INC-3"), "VPN", "network", 2, 2, PriorityPolicy.itil3x3(),
                Instant.parse("2026-03-26T10:00:00Z"), "alice");
        List<Write> create = repo.writesToSave(i);
        assertThat(create).first().isInstanceOf(Write.Create.class);
        assertThat(repo.find(i.id())).as("nothing written before the batch is applied").isEmpty();
        store.write(create);
        assertThat(repo.find(i.id())).contains(i);

        Incident assigned = i.assign("network", Optional.empty(), Instant.parse("2026-03-26T10:05:00Z"), "alice");
        List<Write> update = repo.writesToSave(assigned);
        assertThat(update).first().isInstanceOf(Write.Update.class);
        store.write(update);
        assertThat(repo.find(i.id())).contains(assigned);
    }

    @Test
    void aBatchWithAStaleIncidentWriteWritesNothing() {
        DocumentStore store = DocumentStores.inMemory();
        IncidentRepository repo = IncidentRepository.documentStore(store);
        Incident i = Incident.open(new IncidentId("INC-4"), "VPN", "network", 2, 2, PriorityPolicy.itil3x3(),
                Instant.parse("2026-03-26T10:00:00Z"), "alice");
        Incident other = Incident.open(new IncidentId("INC-5"), "Mail", "email", 3, 3, PriorityPolicy.itil3x3(),
                Instant.parse("2026-03-26T10:00:00Z"), "bob");
        List<Write> batch = new ArrayList<>(repo.writesToSave(other));
        batch.addAll(repo.writesToSave(i));
        repo.save(i);
        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StaleVersionException.class);
        assertThat(repo.find(other.id())).isEmpty();
    }

    @Test
    void theInMemoryRepositoryHasNoStoreWritesAndSaysWhichToUse() {
        Incident i = Incident.open(new IncidentId("INC-6"), "VPN", "network", 2, 2, PriorityPolicy.itil3x3(),
                Instant.parse("2026-03-26T10:00:00Z"), "alice");
        assertThatThrownBy(() -> IncidentRepository.inMemory().writesToSave(i))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("repository")
                .hasMessageContaining("documentStore");
    }
}
