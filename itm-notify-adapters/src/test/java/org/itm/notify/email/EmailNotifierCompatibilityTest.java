package org.itm.notify.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.notify.email.internal.SmtpEmailNotifier;
import org.itm.testkit.notify.NotifierCompatibilityKit;
import org.junit.jupiter.api.AfterEach;

/** The SMTP notifier, delivering to an in-process GreenMail server, honours the Notifier contract. */
class EmailNotifierCompatibilityTest extends NotifierCompatibilityKit {

    private GreenMail mail;

    @Override
    protected Notifier createNotifier() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return EmailNotifier.builder().clock(java.time.Clock.systemUTC()).name("kit-mail").host("127.0.0.1").port(mail.getSmtp().getPort())
                .from("itm@example.org").build();
    }

    @AfterEach
    void stopServer() {
        mail.stop();
    }

    /** Correlation ids of the mails received (GreenMail keeps one copy per recipient). */
    private Set<String> correlationIds() {
        Set<String> ids = new TreeSet<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                ids.add(m.getHeader(SmtpEmailNotifier.CORRELATION_HEADER, null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    @Override
    protected boolean hasReceived(Notification notification) {
        return correlationIds().contains(notification.correlationId());
    }

    @Override
    protected int receivedCount() {
        return correlationIds().size();
    }

    @Override
    protected List<Notification> notificationsToReject() {
        return List.of(
                validNotification().recipients("not an address").correlationId("REJ-1").deduplicationKey("r1").build(),
                validNotification().recipients("ok@example.org", "ops-team").correlationId("REJ-2")
                        .deduplicationKey("r2").build());
    }

    @Override
    protected Optional<Notifier> createFailingNotifier() {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(EmailNotifier.builder().clock(java.time.Clock.systemUTC()).name("kit-mail").host("127.0.0.1").port(closedPort)
                .from("itm@example.org").build());
    }
}
