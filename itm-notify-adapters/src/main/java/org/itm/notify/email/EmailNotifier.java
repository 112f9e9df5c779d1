package org.itm.notify.email;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Violations;
import org.itm.notify.email.internal.SmtpEmailNotifier;
import org.itm.notify.template.NotificationTemplate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Notifier} that mails each notification to its recipients over SMTP; build it with {@link #builder()}.
 *
 * <pre>{@code
 * Notifier mail = EmailNotifier.builder()
 *         .name("ops-mail").host("smtp.example.org").port(587).startTls(true)
 *         .username("itm").password(secret).from("itm@example.org")
 *         .htmlTemplate(NotificationTemplate.parse("<h1>{{subject}}</h1><pre>{{body}}</pre>"))
 *         .build();
 * }</pre>
 *
 * <p>Every recipient must be a single mailbox ({@code local@domain}: no group such as {@code team:a@x,b@x;}, no
 * list, display name or source route), so that one recipient is one envelope recipient; otherwise {@code send}
 * rejects the notification with an
 * {@link org.itm.core.ItmValidationException} naming it and sends nothing. The plain-text part is the body; with an
 * HTML template an HTML alternative is added, its values HTML-escaped. An SMTP failure (unreachable server,
 * refused recipient, time-out) is returned as {@code FAILED} with the server's reason, after one attempt.
 * Needs Jakarta Mail on the class path (an optional dependency of this module).
 */
public interface EmailNotifier extends Notifier {

    /** Default subject template: {@code [severity] subject}. */
    String DEFAULT_SUBJECT = "[{{severity}}] {{subject}}";

    /** A builder with the defaults documented on each setting. */
    static Builder builder() {
        return new Builder();
    }

    /** Settings of an {@link EmailNotifier}; {@link #build()} validates them all and reports every problem. */
    final class Builder {

        private @Nullable String name;
        private @Nullable String host;
        private int port = 25;
        private @Nullable String from;
        private @Nullable String username;
        private @Nullable String password;
        private boolean startTls;
        private Duration timeout = Duration.ofSeconds(10);
        private NotificationTemplate subjectTemplate = NotificationTemplate.parse(DEFAULT_SUBJECT);
        private @Nullable NotificationTemplate htmlTemplate;
        private @org.jspecify.annotations.Nullable Clock clock;

        private Builder() {
        }

        /** Required: the notifier's name in routes and results (1-128 letters, digits or {@code ._:@/-}). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Required: the SMTP server's host name. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** SMTP port (default 25; usually 587 with {@link #startTls(boolean)}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Required: the sender address. */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /** SMTP user; with {@link #password(String)} turns on SMTP authentication. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** SMTP password. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Upgrade the connection with STARTTLS, and refuse to send if the server cannot (default false). */
        public Builder startTls(boolean startTls) {
            this.startTls = startTls;
            return this;
        }

        /** Connect, read and write time-out of the SMTP connection (default 10 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Template of the subject line (default {@value EmailNotifier#DEFAULT_SUBJECT}); values are not escaped. */
        public Builder subjectTemplate(NotificationTemplate subjectTemplate) {
            this.subjectTemplate = subjectTemplate;
            return this;
        }

        /** Adds an HTML alternative rendered from this template with HTML-escaped values. */
        public Builder htmlTemplate(NotificationTemplate htmlTemplate) {
            this.htmlTemplate = htmlTemplate;
            return this;
        }

        /** Clock for the {@code Date} header. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The notifier.
         *
         * @throws org.itm.core.ItmValidationException naming every bad setting
         */
        public EmailNotifier build() {
            Violations v = new Violations();
            v.require(name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}"), "name",
                    "must be 1-128 letters, digits or ._:@/- starting with a letter or digit");
            v.require(host != null && !host.isBlank() && host.strip().equals(host) && !host.contains(" "), "host",
                    "must be a host name");
            v.require(port >= 1 && port <= 65535, "port", "must be 1 to 65535, was " + port);
            v.require(from != null && SmtpEmailNotifier.isAddress(from), "from",
                    "must be a single mailbox (local@domain, no group, list or display name)");
            v.require((username == null) == (password == null), "password",
                    "set both username and password, or neither");
            v.require(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout",
                    "must be a positive duration");
            v.require(subjectTemplate != null, "subjectTemplate", "must not be null");
            v.require(clock != null, "clock", "must be set: timestamps come from an injected Clock (Clock.systemUTC() in production)");
            v.throwIfAny();
            // the checks above rejected every missing setting
            return new SmtpEmailNotifier(new SmtpEmailNotifier.Settings(Objects.requireNonNull(name),
                    Objects.requireNonNull(host), port, Objects.requireNonNull(from), username, password, startTls,
                    timeout, subjectTemplate, htmlTemplate, Objects.requireNonNull(clock)));
        }
    }
}
