package org.itm.notify.email;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.PositiveDuration;
import org.itm.core.validation.Validation;
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
 *         .clock(Clock.systemUTC())
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
 *
 * <p>A built notifier is immutable and safe for concurrent sends; each send opens its own SMTP connection and
 * blocks the calling thread until the server has answered or the {@link Builder#timeout(Duration) time-out}
 * passes. A subject or HTML template naming a placeholder the notification has no value for makes {@code send}
 * throw {@link org.itm.core.ItmValidationException} before anything is sent.
 *
 * @since 0.1
 */
public interface EmailNotifier extends Notifier {

    /**
     * Default of {@link Builder#subjectTemplate(NotificationTemplate)}: the severity in brackets, then the
     * notification's subject, e.g. {@code [MAJOR] Service 'payments' degraded}.
     */
    String DEFAULT_SUBJECT = "[{{severity}}] {{subject}}";

    /**
     * Starts the settings of a mail notifier; {@link Builder#name(String) name}, {@link Builder#host(String) host},
     * {@link Builder#from(String) from} and {@link Builder#clock(Clock) clock} are required.
     *
     * @return a new builder with the defaults documented on each setting
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Settings of an {@link EmailNotifier}; {@link #build()} validates them all and reports every problem at once. The
     * constraint annotations on the fields are what {@code build()} requires, checked through
     * {@link Validation#check(Object, Class...)}; the rules they cannot express (a single mailbox as sender,
     * username and password together) are checked beside them.
     * A builder is not thread-safe: fill and build it on one thread.
     */
    final class Builder {

        @NotNull
        @Identifier
        private @Nullable String name;
        @NotNull(message = "must be a host name")
        @Pattern(regexp = "\\S+", message = "must be a host name")
        private @Nullable String host;
        @Min(value = 1, message = "must be 1 to 65535")
        @Max(value = 65535, message = "must be 1 to 65535")
        private int port = 25;
        private @Nullable String from;
        private @Nullable String username;
        private @Nullable String password;
        private boolean startTls;
        @NotNull
        @PositiveDuration
        private Duration timeout = Duration.ofSeconds(10);
        @NotNull
        private NotificationTemplate subjectTemplate = NotificationTemplate.parse(DEFAULT_SUBJECT);
        private @Nullable NotificationTemplate htmlTemplate;
        @NotNull(message = "must be set: timestamps come from an injected Clock (Clock.systemUTC() in production)")
        private @org.jspecify.annotations.Nullable Clock clock;

        private Builder() {
        }

        /**
         * Required: the name routes address this notifier by, also reported in every {@code DeliveryResult}.
         *
         * @param name 1-128 letters, digits or {@code ._:@/-}, starting with a letter or digit
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Required: the SMTP server to hand mail to.
         *
         * @param host a host name or IP address, without spaces
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * The SMTP server's port.
         *
         * @param port 1 to 65535; default 25, usually 587 with {@link #startTls(boolean)}
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Required: the sender, used as the {@code From} header and the envelope sender.
         *
         * @param from a single mailbox {@code local@domain}, without display name
         * @return this builder
         */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /**
         * SMTP user; together with {@link #password(String)} turns on SMTP authentication (set both or neither).
         *
         * @param username the account name on the SMTP server
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * SMTP password; set together with {@link #username(String)}. Use {@link #startTls(boolean)} so that it
         * does not cross the network in clear text.
         *
         * @param password the account's password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Whether to upgrade the connection with STARTTLS; when on, a server that cannot makes the send
         * {@code FAILED} rather than fall back to clear text.
         *
         * @param startTls true to require STARTTLS; default false
         * @return this builder
         */
        public Builder startTls(boolean startTls) {
            this.startTls = startTls;
            return this;
        }

        /**
         * Bounds each phase of the SMTP conversation; a time-out makes the send {@code FAILED}.
         *
         * @param timeout connect, read and write time-out each, positive, in whole milliseconds; default 10 s
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Template of the subject line; its values are inserted unescaped, as a subject is plain text.
         *
         * @param subjectTemplate placeholders of
         *                        {@link NotificationTemplate#valuesOf(org.itm.core.notify.Notification)}; default {@value EmailNotifier#DEFAULT_SUBJECT}
         * @return this builder
         */
        public Builder subjectTemplate(NotificationTemplate subjectTemplate) {
            this.subjectTemplate = subjectTemplate;
            return this;
        }

        /**
         * Adds an HTML alternative beside the plain-text body, rendered from this template with HTML-escaped
         * values; without one, mail is plain text only.
         *
         * @param htmlTemplate placeholders of {@link NotificationTemplate#valuesOf(org.itm.core.notify.Notification)}
         * @return this builder
         */
        public Builder htmlTemplate(NotificationTemplate htmlTemplate) {
            this.htmlTemplate = htmlTemplate;
            return this;
        }

        /**
         * Required: the time written in each mail's {@code Date} header.
         *
         * @param clock {@link Clock#systemUTC()} in production, a fixed clock in tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Validates every setting and makes the notifier; no connection is opened until the first send.
         *
         * @return an immutable notifier, safe for concurrent sends
         * @throws org.itm.core.ItmValidationException naming every bad setting
         */
        public EmailNotifier build() {
            Violations v = new Violations().addAll(Validation.check(this));
            v.require(from != null && SmtpEmailNotifier.isAddress(from), "from",
                    "must be a single mailbox (local@domain, no group, list or display name)");
            v.require((username == null) == (password == null), "password",
                    "set both username and password, or neither");
            v.throwIfAny();
            // the checks above rejected every missing setting
            return new SmtpEmailNotifier(new SmtpEmailNotifier.Settings(Objects.requireNonNull(name),
                    Objects.requireNonNull(host), port, Objects.requireNonNull(from), username, password, startTls,
                    timeout, subjectTemplate, htmlTemplate, Objects.requireNonNull(clock)));
        }
    }
}
