package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class RepositoryTest {

    record Ticket(String id, String status, Optional<String> assignee, int weight) {
    }

    private final DocumentStore store = DocumentStores.inMemory();
    private final Repository<Ticket> tickets = Repository.builder(Ticket.class, "ticket")
            .id(Ticket::id)
            .index("status", Ticket::status)
            .optionalIndex("assignee", Ticket::assignee)
            .build(store);

    @Test
    void recordsRoundTripThroughTheStoreWithTheirVersion() {
        Ticket t = new Ticket("T-1", "OPEN", Optional.of("ann"), 3);
        assertThat(tickets.create(t)).isEqualTo(new Versioned<>(t, 1));
        assertThat(tickets.get("T-1")).contains(new Versioned<>(t, 1));
        Document doc = store.read("ticket", "T-1").orElseThrow();
        assertThat(doc.indexes()).containsOnly(
                java.util.Map.entry("status", "OPEN"), java.util.Map.entry("assignee", "ann"));
    }

    @Test
    void updateBumpsTheVersionAndReindexes() {
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 1));
        Versioned<Ticket> updated = tickets.update(new Ticket("T-1", "CLOSED", Optional.empty(), 1), 1);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(tickets.find(tickets.query().where("status", "OPEN")).items()).isEmpty();
        assertThat(tickets.find(tickets.query().where("status", "CLOSED")).items()).containsExactly(updated);
    }

    @Test
    void staleUpdateConflictsAndKeepsTheStoredRecord() {
        Ticket original = new Ticket("T-1", "OPEN", Optional.empty(), 1);
        tickets.create(original);
        tickets.update(new Ticket("T-1", "IN_PROGRESS", Optional.empty(), 1), 1);
        assertThatThrownBy(() -> tickets.update(new Ticket("T-1", "CLOSED", Optional.empty(), 1), 1))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> {
                    StaleVersionException c = (StaleVersionException) e;
                    assertThat(c.expectedVersion()).isEqualTo(1);
                    assertThat(c.actualVersion()).isEqualTo(2);
                });
        assertThat(tickets.get("T-1").orElseThrow().value().status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void absentOptionalIndexNeverMatchesAFilter() {
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 1));
        tickets.create(new Ticket("T-2", "OPEN", Optional.of("bob"), 1));
        assertThat(tickets.findAll(tickets.query().where("assignee", "bob")))
                .extracting(v -> v.value().id()).containsExactly("T-2");
    }

    @Test
    void findAllWalksEveryPageInIdOrder() {
        for (int i = 0; i < 25; i++) {
            tickets.create(new Ticket(String.format("T-%03d", i), i % 2 == 0 ? "OPEN" : "CLOSED", Optional.empty(), i));
        }
        List<Versioned<Ticket>> open = tickets.findAll(tickets.query().where("status", "OPEN").withPageSize(4));
        assertThat(open).extracting(v -> v.value().weight()).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24);
    }

    @Test
    void batchOfRepositoryWritesIsAtomic() {
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 1));
        List<Write> batch = List.of(
                tickets.toCreate(new Ticket("T-2", "OPEN", Optional.empty(), 1)),
                tickets.toUpdate(new Ticket("T-1", "CLOSED", Optional.empty(), 1), 7));
        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StaleVersionException.class);
        assertThat(tickets.get("T-2")).isEmpty();
        assertThat(tickets.get("T-1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void queryOfAnotherTypeIsRejected() {
        assertThatThrownBy(() -> tickets.find(Query.of("incident")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("query.type");
    }

    @Test
    void invalidRecordIdIsRejectedBeforeWriting() {
        assertThatThrownBy(() -> tickets.create(new Ticket(" bad id", "OPEN", Optional.empty(), 1)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("id");
        assertThat(tickets.findAll(tickets.query())).isEmpty();
    }

    @Test
    void secondRepositoryWithOtherIndexesForTheSameTypeIsRejected() {
        assertThatThrownBy(() -> Repository.builder(Ticket.class, "ticket").id(Ticket::id).build(store))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("already declared");
    }

    @Test
    void modifyRetriesWithTheFreshRecordWhenAnotherWriterWinsTheRace() {
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 0));
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        Versioned<Ticket> result = tickets.modify("T-1", x -> {
            if (calls.incrementAndGet() == 1) {
                // another writer commits between our read and our write
                tickets.update(new Ticket("T-1", "IN_PROGRESS", Optional.empty(), 10), 1);
            }
            return new Ticket(x.id(), x.status(), x.assignee(), x.weight() + 1);
        });

        assertThat(calls).hasValue(2);
        assertThat(result).isEqualTo(new Versioned<>(new Ticket("T-1", "IN_PROGRESS", Optional.empty(), 11), 3));
        assertThat(tickets.get("T-1")).contains(result);
    }

    @Test
    void modifyGivesUpAfterTheMaximumNumberOfConflicts() {
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 0));
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> tickets.modify("T-1", x -> {
            calls.incrementAndGet();
            Versioned<Ticket> current = tickets.get("T-1").orElseThrow();
            tickets.update(current.value(), current.version());
            return x;
        })).isInstanceOf(StaleVersionException.class);

        assertThat(calls).hasValue(Repository.MAX_MODIFY_ATTEMPTS);
    }

    @Test
    void modifyOfAMissingRecordIsNotFoundAndChangingTheIdIsRejected() {
        assertThatThrownBy(() -> tickets.modify("T-9", x -> x)).isInstanceOf(org.itm.core.NotFoundException.class);
        tickets.create(new Ticket("T-1", "OPEN", Optional.empty(), 0));
        assertThatThrownBy(() -> tickets.modify("T-1", x -> new Ticket("T-2", x.status(), x.assignee(), 0)))
                .isInstanceOf(ItmValidationException.class);
        assertThat(tickets.get("T-2")).isEmpty();
        assertThat(tickets.get("T-1").orElseThrow().version()).isEqualTo(1);
    }
}
