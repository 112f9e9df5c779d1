package org.itm.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.DispatchReport;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class ItmEnvironmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private static Notification page(String key) {
        return Notification.builder().channel("pager").recipients("duty").subject("escalated " + key)
                .severity(Severity.MAJOR).correlationId("INC-1").deduplicationKey(key).idempotencyKey(key).build();
    }

    private static List<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void defaultsGiveAWorkingInMemoryEnvironment() {
        try (ItmEnvironment env = ItmEnvironment.builder().clock(clock).build()) {
            assertThat(env.clock()).isSameAs(clock);
            assertThat(env.notifiers()).isEmpty();
            assertThat(env.dispatcher()).isEmpty();
            assertThat(env.drainOutbox()).isEqualTo(new DispatchReport(0, 0, 0, 0, 0));
            assertThat(env.outbox().store()).isSameAs(env.store());
            assertThat(env.ids().next()).isNotEqualTo(env.ids().next());
        }
    }

    @Test
    void theClockIsRequired() {
        assertThatThrownBy(() -> ItmEnvironment.builder().build())
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("clock"));
    }

    @Test
    void twoEnvironmentsShareNothing() {
        ItmEnvironment a = ItmEnvironment.builder().clock(clock).build();
        ItmEnvironment b = ItmEnvironment.builder().clock(clock).build();
        a.store().write(List.of(a.outbox().enqueue("ops", page("k1"), T0)));
        assertThat(a.outbox().find("k1")).isPresent();
        assertThat(b.outbox().find("k1")).isEmpty();
    }

    @Test
    void drainOutboxDeliversThroughTheAddedNotifiersOnce() {
        RecordingNotifier ops = RecordingNotifier.create("ops");
        ItmEnvironment env = ItmEnvironment.builder().clock(clock).notifier(ops).build();
        env.store().write(List.of(env.outbox().enqueue("ops", page("INC-1|sla|1"), T0)));

        assertThat(env.drainOutbox().sent()).isEqualTo(1);
        assertThat(env.drainOutbox().sent()).isZero();
        assertThat(ops.received()).extracting(Notification::subject).containsExactly("escalated INC-1|sla|1");
        assertThat(env.outbox().find("INC-1|sla|1").orElseThrow().value().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void dispatcherSettingsAreApplied() {
        RecordingNotifier ops = RecordingNotifier.create("ops");
        ItmEnvironment env = ItmEnvironment.builder().clock(clock).notifier(ops)
                .dispatcher(d -> d.maxAttempts(1)).build();
        env.store().write(List.of(env.outbox().enqueue("ops", page("k"), T0)));
        ops.failNext(1, "down");

        assertThat(env.drainOutbox().dead()).isEqualTo(1);
    }

    @Test
    void aStorePassedInIsUsedAndNotClosed() {
        DocumentStore store = DocumentStores.inMemory();
        ItmEnvironment env = ItmEnvironment.builder().clock(clock).store(store).build();
        env.close();
        assertThat(env.store()).isSameAs(store);
        store.write(List.of(env.outbox().enqueue("ops", page("after-close"), T0)));
        assertThat(env.outbox().find("after-close")).isPresent();
    }

    @Test
    void inMemoryUrlOpensAFreshStore() {
        try (ItmEnvironment env = ItmEnvironment.builder().clock(clock)
                .storeUrl(DocumentStores.IN_MEMORY_URL).build()) {
            assertThat(env.outbox().find("any")).isEmpty();
        }
    }

    @Test
    void calendarsAndNotifiersAreFoundByName() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
        RecordingNotifier ops = RecordingNotifier.create("ops");
        ItmEnvironment env = ItmEnvironment.builder().clock(clock).calendar("24x7", always).notifier(ops).build();
        assertThat(env.calendar("24x7")).containsSame(always);
        assertThat(env.calendar("berlin")).isEmpty();
        assertThat(env.notifier("ops")).containsSame(ops);
        assertThat(env.notifier("mail")).isEmpty();
        assertThat(env.calendars()).containsOnlyKeys("24x7");
    }

    @Test
    void badSettingsAreRejectedTogetherNamingEachField() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
        assertThatThrownBy(() -> ItmEnvironment.builder()
                .store(DocumentStores.inMemory()).storeUrl("jdbc:h2:mem:x")
                .clock(null)
                .notifier(RecordingNotifier.create("ops")).notifier(RecordingNotifier.create("ops")).notifier(null)
                .calendar("24x7", always).calendar("24x7", always).calendar(" ", always)
                .dispatcher(null)
                .build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e))
                        .containsExactlyInAnyOrder("calendars[24x7]", "calendars", "storeUrl", "clock", "dispatcher",
                                "notifiers[1]", "notifiers[2]"));
    }

    @Test
    void aNullStoreAndABlankUrlAreRejected() {
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(clock).store(null).build())
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("store"));
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(clock)
                .storeUrl(" ").build())
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("storeUrl"));
    }

    @Test
    void aUrlNoProviderAcceptsIsRejectedOnStoreUrl() {
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(clock)
                .storeUrl("jdbc:h2:mem:x;password=secret").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> {
                    assertThat(paths(e)).containsExactly("storeUrl");
                    assertThat(e.getMessage()).contains("no DocumentStoreProvider").doesNotContain("secret");
                });
    }

    @Test
    void badDispatcherSettingsAreReported() {
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(clock).notifier(RecordingNotifier.create("ops"))
                .dispatcher(d -> d.maxAttempts(0).pageSize(0)).build())
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactlyInAnyOrder("maxAttempts", "pageSize"));
    }

    @Test
    void schedulingWithoutANotifierIsRejected() {
        ItmEnvironment env = ItmEnvironment.builder().clock(clock).build();
        assertThatThrownBy(() -> env.scheduleOutbox(null, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("notifiers"));
    }
}
