package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

class DefaultNotifiersTest {

    // ---- SLF4J notifier ----

    @Test
    void slf4jNotifierLogsOnlyNonPersonalFieldsAtInfo() {
        CapturingLogger log = new CapturingLogger(false);
        Notifier notifier = Notifier.slf4j("audit-log", log);
        Notification n = Notifications.sample().attribute("reporter", "Dr. Alice Example").build();

        DeliveryResult result = notifier.send(n);

        assertThat(result).isEqualTo(DeliveryResult.delivered("audit-log"));
        assertThat(log.lines(Level.INFO)).extracting(CapturingLogger.Line::text).containsExactly(
                "notification [audit-log] channel=email severity=MAJOR correlationId=INC-1 recipients=2");
    }

    @Test
    void slf4jNotifierLogsTheDetailsAtDebug() {
        CapturingLogger log = new CapturingLogger(false);
        Notification n = Notifications.sample().attribute("team", "db").build();

        Notifier.slf4j("audit-log", log).send(n);

        assertThat(log.lines(Level.DEBUG)).singleElement().extracting(CapturingLogger.Line::text).asString()
                .contains("alice@example.org", "bob@example.org", "INC-1 assigned to you", "Please look at INC-1.",
                        "team=db", "deduplicationKey=INC-1:assigned");
    }

    @Test
    void slf4jNotifierReportsABrokenLogAsAFailedDelivery() {
        DeliveryResult result = Notifier.slf4j("audit-log", new CapturingLogger(true))
                .send(Notifications.sample().build());

        assertThat(result).isEqualTo(DeliveryResult.failed("audit-log",
                "logging failed: IllegalStateException: log appender disk full", 1));
    }

    @Test
    void defaultSlf4jNotifierIsNamedSlf4j() {
        Notifier notifier = Notifier.slf4j();
        assertThat(notifier.name()).isEqualTo("slf4j");
        assertThat(notifier.send(Notifications.sample().build()).wasDelivered()).isTrue();
        assertThatThrownBy(() -> notifier.send(null)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("notification");
    }

    @Test
    void slf4jNotifierRejectsABadName() {
        assertThatThrownBy(() -> Notifier.slf4j("bad name", new CapturingLogger(false)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("name");
    }

    // ---- recording notifier ----

    @Test
    void recordingNotifierKeepsWhatItDeliveredInOrder() {
        RecordingNotifier recording = RecordingNotifier.create();
        Notification a = Notifications.sample("a");
        Notification b = Notifications.sample("b");

        recording.send(a);
        recording.send(b);

        assertThat(recording.name()).isEqualTo("recording");
        assertThat(recording.received()).containsExactly(a, b);
        assertThat(recording.results()).containsExactly(DeliveryResult.delivered("recording"),
                DeliveryResult.delivered("recording"));
        assertThatThrownBy(() -> recording.received().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordingNotifierSimulatesAFailingDownstreamForTheGivenNumberOfSends() {
        RecordingNotifier recording = RecordingNotifier.create("mail");
        recording.failNext(2, "smtp 421 try later");

        DeliveryResult first = recording.send(Notifications.sample("a"));
        DeliveryResult second = recording.send(Notifications.sample("b"));
        DeliveryResult third = recording.send(Notifications.sample("c"));

        assertThat(first).isEqualTo(DeliveryResult.failed("mail", "smtp 421 try later", 1));
        assertThat(second.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(third.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(recording.received()).extracting(Notification::deduplicationKey).containsExactly("c");
    }

    @Test
    void clearForgetsEverythingIncludingPendingFailures() {
        RecordingNotifier recording = RecordingNotifier.create("mail");
        recording.send(Notifications.sample("a"));
        recording.failNext(Integer.MAX_VALUE, "down");
        recording.send(Notifications.sample("b"));
        recording.send(Notifications.sample("c"));

        recording.clear();

        assertThat(recording.received()).isEmpty();
        assertThat(recording.results()).isEmpty();
        assertThat(recording.send(Notifications.sample("d")).wasDelivered()).isTrue();
    }

    @Test
    void recordingNotifierRejectsBadInput() {
        RecordingNotifier recording = RecordingNotifier.create("mail");
        assertThatThrownBy(() -> recording.send(null)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> recording.failNext(0, "x")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> recording.failNext(1, " ")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> RecordingNotifier.create("")).isInstanceOf(ItmValidationException.class);
        assertThat(recording.results()).isEmpty();
    }

    // ---- discovery ----

    @Test
    void loadAllFindsTheNotifiersListedInMetaInfServices() {
        List<Notifier> notifiers = Notifier.loadAll();

        assertThat(notifiers).extracting(Notifier::name).contains("slf4j", "service-listed");
        assertThat(Notifier.loadAll()).first().isNotSameAs(notifiers.get(0));
    }

    @Test
    void discoveredNotifiersCanBeRegisteredWithARouter() {
        NotificationRouter router = NotificationRouter.builder()
                .notifiers(Notifier.loadAll())
                .route("listed", RouteCondition.always(), "service-listed")
                .build();

        assertThat(router.route(Notifications.sample().build()).deliveries())
                .containsExactly(DeliveryResult.delivered("service-listed"));
    }

    @Test
    void aListedProviderThatCannotBeLoadedFailsLoudlyNamingIt(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Notifier.class.getName()), "com.example.MissingNotifier\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> Notifier.loadAll(loader)).isInstanceOf(ItmException.class)
                    .hasMessageContaining("com.example.MissingNotifier");
        }
    }
}
