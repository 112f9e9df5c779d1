package org.itm.operations.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.json.ItmJson;
import org.itm.operations.testing.MutableClock;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T13:00:00Z"));
    private final DomainEventPublisher publisher = DomainEventPublisher.inProcess();
    private final List<DomainEvent> events = new ArrayList<>();
    private final IncidentRepository repository = IncidentRepository.inMemory();
    private final IncidentDesk desk = IncidentDesk.create(clock, IdGenerator.uuidV7(clock, new java.util.Random(1)),
            PriorityPolicy.itil3x3(), repository, publisher, Duration.ofDays(5));

    {
        publisher.subscribe(events::add);
    }

    @Test
    void fullLifecycleIsRecordedInTheTimelineWithWhoWhatWhen() {
        Incident i = desk.open("Mail down", "email", 2, 1, "alice");
        assertThat(i.priority()).isEqualTo("P2");
        clock.advance(Duration.ofMinutes(5));
        i = desk.assign(i.id(), "messaging", Optional.of("bob"), "dispatcher");
        clock.advance(Duration.ofMinutes(5));
        i = desk.start(i.id(), "bob");
        clock.advance(Duration.ofMinutes(30));
        i = desk.hold(i.id(), HoldReason.AWAITING_VENDOR, "ticket at vendor", "bob");
        assertThat(i.holdReason()).contains(HoldReason.AWAITING_VENDOR);
        clock.advance(Duration.ofHours(1));
        i = desk.resume(i.id(), "bob");
        i = desk.assign(i.id(), "messaging", Optional.of("carol"), "lead");
        i = desk.resolve(i.id(), "FIXED", "restarted MTA", "carol");
        i = desk.close(i.id(), "alice");

        assertThat(i.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(i.reassignmentCount()).isEqualTo(1);
        assertThat(i.history(IncidentField.STATE)).extracting(TimelineEntry::to).containsExactly(
                "NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED", "CLOSED");
        TimelineEntry hold = i.history(IncidentField.STATE).get(3);
        assertThat(hold.actor()).isEqualTo("bob");
        assertThat(hold.from()).isEqualTo("IN_PROGRESS");
        assertThat(hold.at()).isEqualTo(Instant.parse("2026-03-26T13:40:00Z"));
        assertThat(i.history(IncidentField.ASSIGNEE)).extracting(TimelineEntry::to).containsExactly("bob", "carol");
        assertThat(events).extracting(DomainEvent::type).contains("incident.opened", "incident.state.changed",
                "incident.assignee.changed", "incident.resolution-code.changed");
        assertThat(events).hasSize(i.timeline().size());
    }

    @Test
    void illegalTransitionThrowsAndChangesNothing() {
        Incident i = desk.open("Printer", "hardware", 3, 3, "alice");
        int before = events.size();
        assertThatThrownBy(() -> desk.resolve(i.id(), "FIXED", "x", "bob"))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("NEW -> RESOLVED");
        assertThat(desk.get(i.id())).isEqualTo(i);
        assertThat(events).hasSize(before);
        assertThatThrownBy(() -> i.hold(HoldReason.AWAITING_CUSTOMER, "n", clock.instant(), "bob"))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void reopenIsAllowedOnlyWithinThePeriod() {
        Incident i = resolvedIncident();
        clock.advance(Duration.ofDays(4));
        Incident reopened = desk.reopen(i.id(), "still broken", "alice");
        assertThat(reopened.state()).isEqualTo(IncidentState.IN_PROGRESS);
        Incident again = desk.resolve(i.id(), "FIXED", "really", "bob");
        clock.advance(Duration.ofDays(5).plusSeconds(1));
        assertThatThrownBy(() -> desk.reopen(again.id(), "late", "alice"))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("reopen period");
        assertThat(desk.get(i.id()).state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void cancelledAndClosedAreTerminal() {
        Incident i = desk.open("Dup", "email", 3, 3, "alice");
        Incident c = desk.cancel(i.id(), "duplicate", "alice");
        assertThat(c.state().isTerminal()).isTrue();
        assertThatThrownBy(() -> desk.assign(i.id(), "g", Optional.empty(), "x"))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> desk.markMajor(i.id(), true, "", "x"))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void reclassifyRecomputesPriorityAndAffectRecordsServiceAndCi() {
        Incident i = desk.open("Slow", "performance", 3, 3, "alice");
        i = desk.reclassify(i.id(), 1, 1, "lead");
        assertThat(i.priority()).isEqualTo("P1");
        i = desk.affect(i.id(), Optional.of("crm"), Optional.of("db-1"), "lead");
        i = desk.markMajor(i.id(), true, "many users", "lead");
        assertThat(i.history(IncidentField.PRIORITY)).extracting(TimelineEntry::from, TimelineEntry::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "P5"), org.assertj.core.groups.Tuple.tuple("P5", "P1"));
        assertThat(i.service()).contains("crm");
        assertThat(i.major()).isTrue();
    }

    @Test
    void roundTripsThroughJson() {
        Incident i = resolvedIncident();
        String json = ItmJson.toJson(i);
        assertThat(ItmJson.fromJson(json, Incident.class)).isEqualTo(i);
        assertThat(repository.find(i.id())).contains(i);
    }

    private Incident resolvedIncident() {
        Incident i = desk.open("VPN", "network", 2, 2, "alice");
        desk.assign(i.id(), "network", Optional.of("bob"), "alice");
        desk.start(i.id(), "bob");
        return desk.resolve(i.id(), "FIXED", "new cert", "bob");
    }
}
