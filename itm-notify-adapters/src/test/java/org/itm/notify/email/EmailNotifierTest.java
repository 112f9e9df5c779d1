package org.itm.notify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.notify.template.NotificationTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailNotifierTest {

    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private EmailNotifier.Builder notifier() {
        return EmailNotifier.builder().name("ops-mail").host("127.0.0.1").port(mail.getSmtp().getPort())
                .from("itm@example.org").clock(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC));
    }

    @Test
    void mailCarriesTemplatedSubjectPlainBodyAndAnEscapedHtmlAlternative() throws Exception {
        Notification n = Notification.builder().channel("email").recipients("oncall@example.org")
                .subject("Payments <degraded> & slow").body("Error rate 7 %\nsee runbook").severity(Severity.MAJOR)
                .correlationId("INC-5").deduplicationKey("k").attribute("service", "payments").build();
        EmailNotifier notifier = notifier()
                .htmlTemplate(NotificationTemplate.parse("<h1>{{subject}}</h1><p>{{attributes.service}}</p>"))
                .build();

        DeliveryResult result = notifier.send(n);

        assertThat(result.wasDelivered()).isTrue();
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[MAJOR] Payments <degraded> & slow");
        assertThat(received.getHeader("Date", null)).isEqualTo("Mon, 2 Mar 2026 09:30:00 GMT");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0)).replace("\r\n", "\n"))
                .isEqualTo("Error rate 7 %\nsee runbook");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(1)))
                .contains("<h1>Payments &lt;degraded&gt; &amp; slow</h1><p>payments</p>");
    }

    @Test
    void recipientsThatAreNotAddressesAreRejectedNamingThemAndNothingIsSent() {
        Notification n = Notification.builder().channel("email").recipients("ok@example.org", "ops team")
                .subject("s").body("").severity(Severity.MINOR).correlationId("C-1").deduplicationKey("k").build();

        assertThatThrownBy(() -> notifier().build().send(n)).isInstanceOfSatisfying(ItmValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("recipients[1]"));
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void onlySingleMailboxesAreAcceptedNotGroupsOrLists() {
        String[] notMailboxes = {"g:a@example.org,b@example.org,c@example.org;", "undisclosed:;",
                "a@example.org,b@example.org", "a@example.org b@example.org", "Ann <ann@example.org>",
                "<@relay.example.org:ann@example.org>"};
        for (String bad : notMailboxes) {
            Notification n = Notification.builder().channel("email").recipients("ok@example.org", bad)
                    .subject("s").body("").severity(Severity.MINOR).correlationId("C-1").deduplicationKey("k").build();
            assertThatThrownBy(() -> notifier().build().send(n)).as(bad)
                    .isInstanceOfSatisfying(ItmValidationException.class, e -> {
                        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("recipients[1]");
                        assertThat(e.violations().get(0).message()).contains("single mailbox");
                    });
        }
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThatThrownBy(() -> notifier().from("team:a@example.org,b@example.org;").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("from"));
    }

    @Test
    void buildReportsEveryBadSetting() {
        assertThatThrownBy(() -> EmailNotifier.builder().name("x").port(0).from("nobody").username("u").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactlyInAnyOrder("host", "port", "from", "password", "clock"));
    }

    @Test
    void everyBadSettingIsNamedWithItsReasonInOneException() {
        assertThatThrownBy(() -> EmailNotifier.builder().name("ops mail").host("smtp example.org").port(70000)
                .from("ops@example.org").timeout(Duration.ofSeconds(-1)).clock(Clock.systemUTC()).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactlyInAnyOrder(
                                new Violation("host", "must be a host name"),
                                new Violation("name", "must be 1-128 characters of letters, digits or ._:@/- starting"
                                        + " with a letter or digit, was 'ops mail'"),
                                new Violation("port", "must be 1 to 65535"),
                                new Violation("timeout", "must be a positive duration, was PT-1S")));
    }
}
