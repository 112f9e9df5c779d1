package org.itm.notify.webhook;

import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.testkit.notify.NotifierCompatibilityKit;
import org.junit.jupiter.api.AfterEach;

/** The webhook notifier, against a real local HTTP server, honours the Notifier contract. */
class WebhookNotifierCompatibilityTest extends NotifierCompatibilityKit {

    private TestServer server;

    @Override
    protected Notifier createNotifier() {
        server = TestServer.start();
        return WebhookNotifier.builder().clock(java.time.Clock.systemUTC()).name("kit-webhook").endpoint(server.uri("/hook"))
                .secret("kit-secret-0123456789").sleeper(new RecordingSleeper()).build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected boolean hasReceived(Notification notification) {
        String marker = "\"correlationId\":\"" + notification.correlationId() + "\"";
        return server.received("/hook").stream().anyMatch(r -> r.body().contains(marker));
    }

    @Override
    protected int receivedCount() {
        return server.received("/hook").size();
    }

    @Override
    protected Optional<Notifier> createFailingNotifier() {
        server.always("/down", 503);
        return Optional.of(WebhookNotifier.builder().clock(java.time.Clock.systemUTC()).name("kit-webhook").endpoint(server.uri("/down"))
                .maxAttempts(3).sleeper(new RecordingSleeper()).build());
    }
}
