package org.itm.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class DomainEventPublisherTest {

    private static DomainEvent event(String type) {
        return new DomainEvent("e-" + type, type, "INC-1", Instant.parse("2026-03-26T13:00:00Z"),
                Map.of("by", "alice"));
    }

    @Test
    void aFailingSubscriberNeitherStopsTheOthersNorIsLost() {
        DomainEventPublisher publisher = DomainEventPublisher.inProcess();
        List<String> seen = new ArrayList<>();
        publisher.subscribe(e -> seen.add("first:" + e.type()));
        publisher.subscribe(e -> {
            throw new IllegalStateException("mailbox full");
        });
        publisher.subscribe(e -> seen.add("third:" + e.type()));

        publisher.publish(event("incident.assigned"));

        assertThat(seen).containsExactly("first:incident.assigned", "third:incident.assigned");
        assertThat(publisher.failures()).singleElement().satisfies(f -> {
            assertThat(f.event().type()).isEqualTo("incident.assigned");
            assertThat(f.error()).contains("IllegalStateException").contains("mailbox full");
        });
    }

    @Test
    void typeSubscriptionsMatchTheTypeAndItsSubtypesOnly() {
        DomainEventPublisher publisher = DomainEventPublisher.inProcess();
        List<String> seen = new ArrayList<>();
        publisher.subscribe("incident", e -> seen.add(e.type()));
        publisher.publishAll(List.of(event("incident"), event("incident.resolved"), event("incidents.x"),
                event("change.approved")));
        assertThat(seen).containsExactly("incident", "incident.resolved");
    }

    @Test
    void closedSubscriptionsReceiveNothing() {
        DomainEventPublisher publisher = DomainEventPublisher.inProcess();
        List<String> seen = new ArrayList<>();
        DomainEventPublisher.Subscription s = publisher.subscribe(e -> seen.add(e.type()));
        s.close();
        s.close();
        publisher.publish(event("x"));
        assertThat(seen).isEmpty();
    }

    @Test
    void eventsRejectBlankFields() {
        assertThatThrownBy(() -> new DomainEvent("1", " ", "a", Instant.EPOCH, Map.of()))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("type");
    }
}
