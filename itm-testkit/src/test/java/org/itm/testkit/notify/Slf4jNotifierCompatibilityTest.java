package org.itm.testkit.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The SLF4J notifier honours the Notifier contract; its downstream is the log, read through a capturing logger. */
class Slf4jNotifierCompatibilityTest extends NotifierCompatibilityKit {

    private CapturingLogger log;

    @Override
    protected Notifier createNotifier() {
        log = new CapturingLogger(false);
        return Notifier.slf4j("kit-log", log);
    }

    @Override
    protected boolean hasReceived(Notification notification) {
        // each kit notification has its own correlation id, which the info line carries
        return log.lines(Level.INFO).stream()
                .anyMatch(l -> l.text().contains("correlationId=" + notification.correlationId() + " "));
    }

    @Override
    protected int receivedCount() {
        return log.lines(Level.INFO).size();
    }

    @Override
    protected Optional<Notifier> createFailingNotifier() {
        return Optional.of(Notifier.slf4j("kit-log", new CapturingLogger(true)));
    }

    @Test
    void infoLinesHoldNoPersonalData() {
        Notification notification = nextNotification();

        DeliveryResult result = notifier().send(notification);

        assertThat(result.wasDelivered()).isTrue();
        assertThat(log.lines(Level.INFO)).singleElement().satisfies(line -> {
            assertThat(line.text()).contains(notification.correlationId(), notification.channel(),
                    notification.severity().name());
            for (String recipient : notification.recipients()) {
                assertThat(line.text()).doesNotContain(recipient);
            }
            assertThat(line.text()).doesNotContain(notification.body(), notification.subject());
        });
    }
}
