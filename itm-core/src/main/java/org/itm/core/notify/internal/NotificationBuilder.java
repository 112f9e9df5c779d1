package org.itm.core.notify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/** Mutable collector behind {@link Notification#builder()}; validation happens in the record. */
public final class NotificationBuilder implements Notification.Builder {

    private @Nullable String channel;
    private final List<String> recipients = new ArrayList<>();
    private @Nullable String subject;
    private String body = "";
    private @Nullable Severity severity;
    private @Nullable String correlationId;
    private @Nullable String deduplicationKey;
    private final Map<String, String> attributes = new HashMap<>();
    private Optional<String> idempotencyKey = Optional.empty();

    public NotificationBuilder() {
    }

    public NotificationBuilder(Notification template) {
        Checks.notNull(template, "template");
        channel = template.channel();
        recipients.addAll(template.recipients());
        subject = template.subject();
        body = template.body();
        severity = template.severity();
        correlationId = template.correlationId();
        deduplicationKey = template.deduplicationKey();
        attributes.putAll(template.attributes());
        idempotencyKey = template.idempotencyKey();
    }

    @Override
    public Notification.Builder channel(String channel) {
        this.channel = channel;
        return this;
    }

    @Override
    public Notification.Builder recipients(Collection<String> recipients) {
        Checks.notNull(recipients, "recipients");
        this.recipients.clear();
        this.recipients.addAll(recipients);
        return this;
    }

    @Override
    public Notification.Builder recipients(String... recipients) {
        Checks.notNull(recipients, "recipients");
        return recipients(Arrays.asList(recipients));
    }

    @Override
    public Notification.Builder recipient(String recipient) {
        recipients.add(recipient);
        return this;
    }

    @Override
    public Notification.Builder subject(String subject) {
        this.subject = subject;
        return this;
    }

    @Override
    public Notification.Builder body(String body) {
        this.body = body;
        return this;
    }

    @Override
    public Notification.Builder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    @Override
    public Notification.Builder correlationId(String correlationId) {
        this.correlationId = correlationId;
        return this;
    }

    @Override
    public Notification.Builder deduplicationKey(String deduplicationKey) {
        this.deduplicationKey = deduplicationKey;
        return this;
    }

    @Override
    public Notification.Builder attribute(String key, String value) {
        Checks.notNull(key, "attributes");
        attributes.put(key, value);
        return this;
    }

    @Override
    public Notification.Builder attributes(Map<String, String> attributes) {
        Checks.notNull(attributes, "attributes");
        this.attributes.clear();
        this.attributes.putAll(attributes);
        return this;
    }

    @Override
    public Notification.Builder idempotencyKey(String key) {
        this.idempotencyKey = Optional.of(Checks.notNull(key, "idempotencyKey"));
        return this;
    }

    @Override
    public Notification build() {
        return new Notification(Checks.toValidate(channel), new ArrayList<>(recipients), Checks.toValidate(subject),
                body, Checks.toValidate(severity), Checks.toValidate(correlationId),
                Checks.toValidate(deduplicationKey), new HashMap<>(attributes), idempotencyKey);
    }
}
