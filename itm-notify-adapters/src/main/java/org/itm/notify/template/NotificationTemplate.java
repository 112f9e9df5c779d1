package org.itm.notify.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.event.DomainEvent;
import org.itm.core.notify.Notification;
import org.itm.core.validation.Checks;

/**
 * A message text with {@code {{name}}} placeholders, parsed once and rendered many times; every value is escaped
 * for the channel ({@link Escaping}) as it is inserted, the template's own text never is.
 *
 * <pre>{@code
 * NotificationTemplate t = NotificationTemplate.parse("<p>{{severity}}: {{subject}} ({{attributes.service}})</p>");
 * String html = t.render(notification, Escaping.HTML);
 * }</pre>
 *
 * <p>Names are letters, digits and {@code ._-}; spaces inside the braces are ignored. A placeholder without a
 * value is an error (listing every missing name) rather than an empty gap in a message someone acts on; write
 * {@code {{name|fallback text}}} to allow one.
 *
 * <p>A template is immutable and thread-safe: parse it once at start-up and render it from any thread.
 *
 * @since 0.1
 */
public final class NotificationTemplate {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*([A-Za-z0-9._-]+)\\s*(?:\\|([^}]*))?}}");
    /** Longest template text {@link #parse(String)} accepts, in characters. */
    public static final int MAX_TEMPLATE_CHARS = 100_000;

    private final String text;
    /** Alternating literal text and placeholders, in order. */
    private final List<Part> parts;

    private sealed interface Part permits Literal, Field { }

    private record Literal(String text) implements Part { }

    private record Field(String name, String fallback, boolean hasFallback) implements Part { }

    private NotificationTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Parses a template; do it once and keep the result, as rendering does not parse again.
     *
     * @param text the template, at most {@value #MAX_TEMPLATE_CHARS} characters, with <code>{{name}}</code> or
     *             <code>{{name|fallback}}</code> placeholders
     * @return the parsed template
     * @throws ItmValidationException if it is null, too long, or has a <code>{{</code> that does not open a valid
     *                                placeholder (naming the offset)
     */
    public static NotificationTemplate parse(String text) {
        Checks.notNull(text, "template");
        if (text.length() > MAX_TEMPLATE_CHARS) {
            throw new ItmValidationException("template",
                    "must be at most " + MAX_TEMPLATE_CHARS + " characters, was " + text.length());
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            addLiteral(parts, text, at, m.start());
            parts.add(new Field(m.group(1), m.group(2) == null ? "" : m.group(2), m.group(2) != null));
            at = m.end();
        }
        addLiteral(parts, text, at, text.length());
        return new NotificationTemplate(text, List.copyOf(parts));
    }

    private static void addLiteral(List<Part> parts, String text, int from, int to) {
        String literal = text.substring(from, to);
        int open = literal.indexOf("{{");
        if (open >= 0) {
            throw new ItmValidationException("template", "'{{' at offset " + (from + open)
                    + " does not start a placeholder {{name}} (names are letters, digits and ._-)");
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal));
        }
    }

    /**
     * The source of this template, for logging or storing it.
     *
     * @return the template text exactly as passed to {@link #parse(String)}
     */
    public String text() {
        return text;
    }

    /**
     * The names this template needs values for, so a configuration can be checked before the first message.
     *
     * @return the placeholder names (those with a fallback included), in order of first use; unmodifiable
     */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p instanceof Field f) {
                names.add(f.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * The text with every placeholder replaced by its value from {@code values}, escaped with {@code escaping}.
     *
     * @param values the value of each placeholder name; extra entries are ignored
     * @param escaping how values are made safe for the channel the text goes to; the literal text is not escaped
     * @return the rendered text
     * @throws ItmValidationException listing every placeholder that has neither a value nor a fallback
     */
    public String render(Map<String, String> values, Escaping escaping) {
        Checks.notNull(values, "values");
        Checks.notNull(escaping, "escaping");
        Set<String> missing = new TreeSet<>();
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (Part p : parts) {
            if (p instanceof Literal l) {
                out.append(l.text());
            } else {
                Field f = (Field) p;
                String value = values.get(f.name());
                if (value == null && !f.hasFallback()) {
                    missing.add(f.name());
                    continue;
                }
                out.append(escaping.escape(value != null ? value : f.fallback()));
            }
        }
        if (!missing.isEmpty()) {
            throw new ItmValidationException("template", "no value for the placeholders " + missing
                    + "; available: " + new TreeSet<>(values.keySet()));
        }
        return out.toString();
    }

    /**
     * Renders this template for a notification, as {@link #render(Map, Escaping)} with the values of
     * {@link #valuesOf(Notification)}.
     *
     * @param notification supplies the placeholder values
     * @param escaping how values are made safe for the channel the text goes to
     * @return the rendered text
     * @throws ItmValidationException listing every placeholder that has neither a value nor a fallback
     */
    public String render(Notification notification, Escaping escaping) {
        return render(valuesOf(notification), escaping);
    }

    /**
     * Renders this template for a domain event, as {@link #render(Map, Escaping)} with the values of
     * {@link #valuesOf(DomainEvent)}.
     *
     * @param event supplies the placeholder values
     * @param escaping how values are made safe for the channel the text goes to
     * @return the rendered text
     * @throws ItmValidationException listing every placeholder that has neither a value nor a fallback
     */
    public String render(DomainEvent event, Escaping escaping) {
        return render(valuesOf(event), escaping);
    }

    /**
     * The placeholder values of a notification: {@code channel}, {@code subject}, {@code body}, {@code severity},
     * {@code correlationId}, {@code deduplicationKey}, {@code recipients} (comma-separated) and
     * {@code attributes.<key>} for each attribute.
     *
     * @param notification the notification to read
     * @return the values by placeholder name, unescaped; unmodifiable
     */
    public static Map<String, String> valuesOf(Notification notification) {
        Checks.notNull(notification, "notification");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("channel", notification.channel());
        values.put("subject", notification.subject());
        values.put("body", notification.body());
        values.put("severity", notification.severity().name());
        values.put("correlationId", notification.correlationId());
        values.put("deduplicationKey", notification.deduplicationKey());
        values.put("recipients", String.join(", ", notification.recipients()));
        notification.attributes().forEach((k, v) -> values.put("attributes." + k, v));
        return Collections.unmodifiableMap(values);
    }

    /**
     * As {@link #valuesOf(Notification)} plus {@code sentAt}, for a message that states when it was sent.
     *
     * @param notification the notification to read
     * @param sentAt the sending time, rendered as ISO-8601 ({@link Instant#toString()})
     * @return the values by placeholder name, unescaped; unmodifiable
     */
    public static Map<String, String> valuesOf(Notification notification, Instant sentAt) {
        Map<String, String> values = new LinkedHashMap<>(valuesOf(notification));
        values.put("sentAt", Checks.notNull(sentAt, "sentAt").toString());
        return Collections.unmodifiableMap(values);
    }

    /**
     * The placeholder values of a domain event: {@code id}, {@code type}, {@code aggregateId},
     * {@code occurredAt} (ISO-8601) and {@code payload.<key>} for each payload entry (its text form).
     *
     * @param event the event to read
     * @return the values by placeholder name, unescaped; unmodifiable
     */
    public static Map<String, String> valuesOf(DomainEvent event) {
        Checks.notNull(event, "event");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", event.id());
        values.put("type", event.type());
        values.put("aggregateId", event.aggregateId());
        values.put("occurredAt", event.occurredAt().toString());
        event.payload().forEach((k, v) -> values.put("payload." + k, String.valueOf(v)));
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return "NotificationTemplate[" + text + "]";
    }
}
