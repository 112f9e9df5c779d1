package org.itm.notify.email.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.notify.email.EmailNotifier;
import org.itm.notify.template.Escaping;
import org.itm.notify.template.NotificationTemplate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The email notifier over Jakarta Mail's SMTP transport; see {@link EmailNotifier}. */
public final class SmtpEmailNotifier implements EmailNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailNotifier.class);
    /** Header carrying the notification's correlation id, for threading and for tracing a mail back. */
    public static final String CORRELATION_HEADER = "X-ITM-Correlation-Id";

    /** The validated settings of the builder. */
    public record Settings(String name, String host, int port, String from, @Nullable String username,
                           @Nullable String password, boolean startTls, Duration timeout,
                           NotificationTemplate subjectTemplate, @Nullable NotificationTemplate htmlTemplate,
                           Clock clock) {
    }

    private final Settings s;
    private final Session session;

    public SmtpEmailNotifier(Settings settings) {
        this.s = settings;
        Properties p = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.from", settings.from());
        if (settings.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username() != null) {
            p.put("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(p);
    }

    /**
     * Whether {@code text} is one mailbox: a bare, syntactically valid address ({@code local@domain}, RFC 822
     * strict), never a group ({@code team:a@x,b@x;}, which mail libraries expand into each member), a list, a
     * display name or a source route, so that one recipient is one envelope recipient.
     */
    public static boolean isAddress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return !address.isGroup() && address.getPersonal() == null && address.getAddress().equals(text.strip())
                    && address.getAddress().indexOf('@') > 0 && text.indexOf(':') < 0 && text.indexOf(',') < 0
                    && text.indexOf(';') < 0;
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return s.name();
    }

    @Override
    public DeliveryResult send(Notification notification) {
        Checks.notNull(notification, "notification");
        List<String> recipients = notification.recipients();
        Violations v = new Violations();
        for (int i = 0; i < recipients.size(); i++) {
            v.require(isAddress(recipients.get(i)), "recipients[" + i + "]",
                    "must be a single mailbox (local@domain, no group, list or display name) for notifier "
                            + s.name());
        }
        v.throwIfAny();
        String subject = s.subjectTemplate().render(notification, Escaping.NONE);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(s.from()));
            for (String r : recipients) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(r));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(s.clock().instant().atOffset(ZoneOffset.UTC)));
            message.setHeader(CORRELATION_HEADER, notification.correlationId());
            message.setHeader("X-ITM-Severity", notification.severity().name());
            if (s.htmlTemplate() == null) {
                message.setText(notification.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(notification.body(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(s.htmlTemplate().render(notification, Escaping.HTML), StandardCharsets.UTF_8.name(),
                        "html");
                MimeMultipart alternative = new MimeMultipart("alternative");
                alternative.addBodyPart(text);
                alternative.addBodyPart(html);
                message.setContent(alternative);
            }
            message.saveChanges();
            if (s.username() != null) {
                Transport.send(message, s.username(), s.password());
            } else {
                Transport.send(message);
            }
            LOG.debug("mail notifier {} sent {} to {} recipient(s)", s.name(), notification.correlationId(),
                    recipients.size());
            return DeliveryResult.delivered(s.name());
        } catch (MessagingException e) {
            String reason = "SMTP delivery via " + s.host() + ":" + s.port() + " failed: " + describe(e);
            LOG.debug("mail notifier {} failed for {}: {}", s.name(), notification.correlationId(), reason);
            return DeliveryResult.failed(s.name(), reason, 1);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(String.valueOf(t.getMessage()).strip());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "EmailNotifier[" + s.name() + " -> " + s.host() + ":" + s.port() + "]";
    }
}
