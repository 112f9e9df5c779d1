package org.itm.core.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.itm.core.notify.internal.NotificationBuilder;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A message to send to people through a channel; build one with {@link #builder()}.
 *
 * <p>The record validates itself, so a {@code Notification} that exists is well-formed: every problem of the
 * input is reported at once in an {@link org.itm.core.ItmValidationException} naming the field
 * ({@code subject}, {@code recipients[2]}, {@code attributes.team}, ...).
 *
 * @param channel          where to send it, e.g. {@code email}, {@code chat}, {@code pager}: 1-128 letters,
 *                         digits or {@code ._:@/-}
 * @param recipients       addresses or group names in the channel's format; 1 to {@value #MAX_RECIPIENTS}
 *                         distinct, non-blank entries of at most {@value #MAX_RECIPIENT_CHARS} characters; copied
 * @param subject          one line of at most {@value #MAX_SUBJECT_CHARS} characters; not blank
 * @param body             the message text, possibly empty, at most {@value #MAX_BODY_CHARS} characters
 * @param severity         how urgent it is
 * @param correlationId    ties the notification to what caused it (an incident id, an SLA cycle): 1-128
 *                         letters, digits or {@code ._:@/-}; logged, so it must not hold personal data
 * @param deduplicationKey notifications with the same key are duplicates of each other (see
 *                         {@link NotificationRouter}); not blank, at most {@value #MAX_KEY_CHARS} characters of
 *                         printable text
 * @param attributes       extra routing and formatting data (e.g. {@code team=network}); keys 1-128 letters,
 *                         digits or {@code ._:@/-}, values at most {@value #MAX_ATTRIBUTE_VALUE_CHARS}
 *                         characters, at most {@value #MAX_ATTRIBUTES} entries; copied
 * @param idempotencyKey   present when the notification is the effect of a recorded decision that may be
 *                         delivered again (after a crash, by a retrying dispatcher): every delivery of the same
 *                         decision carries the same key, and a notifier that honours keys delivers each key at
 *                         most once downstream (the recording notifier skips repeats; the webhook notifier sends
 *                         it as the {@code Idempotency-Key} header for the receiver to de-duplicate). 1 to
 *                         {@value #MAX_IDEMPOTENCY_KEY_CHARS} visible ASCII characters (no spaces), so it fits any
 *                         header
 * @since 0.1
 */
public record Notification(String channel, List<String> recipients, String subject, String body,
                           Severity severity, String correlationId, String deduplicationKey,
                           Map<String, String> attributes, Optional<String> idempotencyKey) {

    /** Most recipients of one notification; split larger audiences or address a group. */
    public static final int MAX_RECIPIENTS = 1000;
    /** Longest recipient (the longest mail address is 320 characters). */
    public static final int MAX_RECIPIENT_CHARS = 320;
    /** Longest subject. */
    public static final int MAX_SUBJECT_CHARS = 1000;
    /** Longest body; link to large content instead of embedding it. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    /** Longest de-duplication key. */
    public static final int MAX_KEY_CHARS = 512;
    /** Most attributes. */
    public static final int MAX_ATTRIBUTES = 64;
    /** Longest attribute value. */
    public static final int MAX_ATTRIBUTE_VALUE_CHARS = 4096;
    /** Longest idempotency key. */
    public static final int MAX_IDEMPOTENCY_KEY_CHARS = 255;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern CONTROL_EXCEPT_LAYOUT = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /**
     * Checks every field and copies the collections.
     *
     * @param channel where to send it
     * @param recipients the addresses or group names
     * @param subject the one-line subject
     * @param body the message text
     * @param severity how urgent it is
     * @param correlationId what caused it
     * @param deduplicationKey the key shared by duplicates
     * @param attributes extra routing and formatting data
     * @param idempotencyKey the key shared by deliveries of one decision, or empty
     * @throws org.itm.core.ItmValidationException naming every missing or bad field
     */
    public Notification {
        Violations v = new Violations();
        requireId(v, channel, "channel");
        recipients = validRecipients(v, recipients);
        if (v.require(subject != null && !subject.isBlank(), "subject", "must not be blank")) {
            v.require(subject.length() <= MAX_SUBJECT_CHARS, "subject",
                    "must be at most " + MAX_SUBJECT_CHARS + " characters, was " + subject.length());
            // a line break in a subject becomes header injection in mail and chat channels
            v.require(!CONTROL.matcher(subject).find(), "subject", "must be one line without control characters");
        }
        if (v.require(body != null, "body", "must not be null (use an empty text)")) {
            v.require(body.length() <= MAX_BODY_CHARS, "body",
                    "must be at most " + MAX_BODY_CHARS + " characters, was " + body.length());
            v.require(!CONTROL_EXCEPT_LAYOUT.matcher(body).find(), "body",
                    "must not contain control characters other than line breaks and tabs");
        }
        v.require(severity != null, "severity", "must not be null");
        requireId(v, correlationId, "correlationId");
        if (v.require(deduplicationKey != null && !deduplicationKey.isBlank(), "deduplicationKey",
                "must not be blank")) {
            v.require(deduplicationKey.length() <= MAX_KEY_CHARS, "deduplicationKey",
                    "must be at most " + MAX_KEY_CHARS + " characters, was " + deduplicationKey.length());
            v.require(!CONTROL.matcher(deduplicationKey).find(), "deduplicationKey",
                    "must not contain control characters");
        }
        attributes = validAttributes(v, attributes);
        if (v.require(idempotencyKey != null, "idempotencyKey", "must not be null (use Optional.empty())")) {
            idempotencyKey.ifPresent(k -> {
                v.require(k.length() <= MAX_IDEMPOTENCY_KEY_CHARS, "idempotencyKey",
                        "must be at most " + MAX_IDEMPOTENCY_KEY_CHARS + " characters, was " + k.length());
                v.require(VISIBLE_ASCII.matcher(k).matches(), "idempotencyKey",
                        "must be visible ASCII characters without spaces");
            });
        }
        v.throwIfAny();
    }

    /**
     * A notification without an idempotency key (every delivery is a new message).
     *
     * @param channel where to send it
     * @param recipients the addresses or group names
     * @param subject the one-line subject
     * @param body the message text
     * @param severity how urgent it is
     * @param correlationId what caused it
     * @param deduplicationKey the key shared by duplicates
     * @param attributes extra routing and formatting data
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public Notification(String channel, List<String> recipients, String subject, String body, Severity severity,
                        String correlationId, String deduplicationKey, Map<String, String> attributes) {
        this(channel, recipients, subject, body, severity, correlationId, deduplicationKey, attributes,
                Optional.empty());
    }

    /**
     * This notification carrying {@code key} as its idempotency key.
     *
     * @param key 1 to {@value #MAX_IDEMPOTENCY_KEY_CHARS} visible ASCII characters
     * @return the keyed notification
     * @throws org.itm.core.ItmValidationException if the key is not acceptable
     */
    public Notification withIdempotencyKey(String key) {
        return new Notification(channel, recipients, subject, body, severity, correlationId, deduplicationKey,
                attributes, Optional.of(Checks.notNull(key, "idempotencyKey")));
    }

    /**
     * A builder with no fields set; {@code body} defaults to empty and {@code attributes} to none.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new NotificationBuilder();
    }

    /**
     * A builder pre-filled with every field of {@code template}, to derive a variant of it.
     *
     * @param template the notification to copy
     * @return a builder holding the template's fields
     */
    public static Builder builder(Notification template) {
        return new NotificationBuilder(template);
    }

    /**
     * This notification addressed to {@code newRecipients} instead (validated like any notification).
     *
     * @param newRecipients the recipients of the copy
     * @return a copy with the new recipients
     * @throws org.itm.core.ItmValidationException if the recipients are not acceptable
     */
    public Notification withRecipients(Collection<String> newRecipients) {
        return new Notification(channel, List.copyOf(newRecipients), subject, body, severity, correlationId,
                deduplicationKey, attributes, idempotencyKey);
    }

    private static void requireId(Violations v, String value, String field) {
        if (v.require(value != null, field, "must not be null")) {
            v.require(ID.matcher(value).matches(), field,
                    "must be 1-128 characters of letters, digits or ._:@/- starting with a letter or digit");
        }
    }

    private static List<String> validRecipients(Violations v, List<String> recipients) {
        if (!v.require(recipients != null, "recipients", "must not be null")) {
            return List.of();
        }
        if (!v.require(!recipients.isEmpty(), "recipients", "must name at least one recipient")) {
            return List.of();
        }
        v.require(recipients.size() <= MAX_RECIPIENTS, "recipients",
                "must name at most " + MAX_RECIPIENTS + " recipients, named " + recipients.size());
        List<String> copy = new ArrayList<>(recipients.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            String r = recipients.get(i);
            String path = "recipients[" + i + "]";
            if (v.require(r != null && !r.isBlank(), path, "must not be blank")) {
                v.require(r.length() <= MAX_RECIPIENT_CHARS, path,
                        "must be at most " + MAX_RECIPIENT_CHARS + " characters");
                v.require(!CONTROL.matcher(r).find(), path, "must not contain control characters");
                v.require(seen.add(r), path, "is listed twice");
                copy.add(r);
            }
        }
        return List.copyOf(copy);
    }

    private static Map<String, String> validAttributes(Violations v, Map<String, String> attributes) {
        if (!v.require(attributes != null, "attributes", "must not be null (use an empty map)")) {
            return Map.of();
        }
        v.require(attributes.size() <= MAX_ATTRIBUTES, "attributes",
                "must have at most " + MAX_ATTRIBUTES + " entries, had " + attributes.size());
        boolean ok = true;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String key = e.getKey();
            if (key == null || !ID.matcher(key).matches()) {
                v.add("attributes", "key '" + key
                        + "' must be 1-128 characters of letters, digits or ._:@/- starting with a letter or digit");
                ok = false;
                continue;
            }
            String value = e.getValue();
            String path = "attributes." + key;
            ok &= v.require(value != null, path, "must not be null");
            if (value != null) {
                ok &= v.require(value.length() <= MAX_ATTRIBUTE_VALUE_CHARS, path,
                        "must be at most " + MAX_ATTRIBUTE_VALUE_CHARS + " characters");
            }
        }
        return ok ? Map.copyOf(attributes) : Map.of();
    }

    /**
     * Collects the fields of a {@link Notification}; {@link #build()} validates them all at once. Not thread-safe.
     */
    public interface Builder {

        /**
         * Sets the channel, e.g. {@code email}; required.
         *
         * @param channel 1-128 letters, digits or {@code ._:@/-}
         * @return this builder
         */
        Builder channel(String channel);

        /**
         * Replaces the recipients with {@code recipients}, in order.
         *
         * @param recipients the recipients
         * @return this builder
         */
        Builder recipients(Collection<String> recipients);

        /**
         * Replaces the recipients with {@code recipients}, in order.
         *
         * @param recipients the recipients
         * @return this builder
         */
        Builder recipients(String... recipients);

        /**
         * Adds one recipient after those already set.
         *
         * @param recipient an address or group name
         * @return this builder
         */
        Builder recipient(String recipient);

        /**
         * Sets the one-line subject; required.
         *
         * @param subject not blank, at most {@value Notification#MAX_SUBJECT_CHARS} characters
         * @return this builder
         */
        Builder subject(String subject);

        /**
         * Sets the message text; empty unless set.
         *
         * @param body at most {@value Notification#MAX_BODY_CHARS} characters
         * @return this builder
         */
        Builder body(String body);

        /**
         * Sets how urgent the notification is; required.
         *
         * @param severity the severity
         * @return this builder
         */
        Builder severity(Severity severity);

        /**
         * Sets what caused the notification, e.g. an incident id; required and logged, so no personal data.
         *
         * @param correlationId 1-128 letters, digits or {@code ._:@/-}
         * @return this builder
         */
        Builder correlationId(String correlationId);

        /**
         * Sets the key under which duplicates are suppressed; required.
         *
         * @param deduplicationKey not blank, at most {@value Notification#MAX_KEY_CHARS} characters
         * @return this builder
         */
        Builder deduplicationKey(String deduplicationKey);

        /**
         * Sets one attribute, replacing an earlier value of the same key.
         *
         * @param key 1-128 letters, digits or {@code ._:@/-}
         * @param value at most {@value Notification#MAX_ATTRIBUTE_VALUE_CHARS} characters
         * @return this builder
         */
        Builder attribute(String key, String value);

        /**
         * Replaces all attributes with {@code attributes}.
         *
         * @param attributes the attributes
         * @return this builder
         */
        Builder attributes(Map<String, String> attributes);

        /**
         * Sets the idempotency key (see {@link Notification#idempotencyKey()}); none unless set.
         *
         * @param key 1 to {@value Notification#MAX_IDEMPOTENCY_KEY_CHARS} visible ASCII characters
         * @return this builder
         */
        Builder idempotencyKey(String key);

        /**
         * The notification.
         *
         * @return the validated notification
         * @throws org.itm.core.ItmValidationException naming every missing or bad field
         */
        Notification build();
    }
}
