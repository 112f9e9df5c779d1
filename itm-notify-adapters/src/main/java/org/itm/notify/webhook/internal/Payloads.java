package org.itm.notify.webhook.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itm.core.json.ItmJson;
import org.itm.core.notify.Notification;
import org.itm.notify.template.Escaping;
import org.itm.notify.template.NotificationTemplate;

/** The built-in webhook payloads; Jackson writes them, so JSON escaping is never done by hand here. */
public final class Payloads {

    private Payloads() {
    }

    public static String json(Notification n, Instant sentAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", n.channel());
        body.put("recipients", n.recipients());
        body.put("subject", n.subject());
        body.put("body", n.body());
        body.put("severity", n.severity().name());
        body.put("correlationId", n.correlationId());
        body.put("deduplicationKey", n.deduplicationKey());
        body.put("attributes", new TreeMap<>(n.attributes()));
        n.idempotencyKey().ifPresent(k -> body.put("idempotencyKey", k));
        body.put("sentAt", sentAt.toString());
        return ItmJson.toJson(body);
    }

    public static String slack(Notification n, Instant sentAt) {
        Escaping mrkdwn = Escaping.SLACK_MRKDWN;
        String headline = "*[" + n.severity().name() + "] " + mrkdwn.escape(n.subject()) + "*";
        String text = n.body().isEmpty() ? headline : headline + "\n" + mrkdwn.escape(n.body());
        List<Object> context = new ArrayList<>();
        context.add(mrkdwnElement("correlation id: `" + mrkdwn.escape(n.correlationId()) + "`"));
        new TreeMap<>(n.attributes()).forEach((k, v) ->
                context.add(mrkdwnElement(mrkdwn.escape(k) + ": " + mrkdwn.escape(v))));
        // Slack accepts at most 10 context elements.
        List<Object> elements = context.size() > 10 ? context.subList(0, 10) : context;
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("type", "section");
        section.put("text", mrkdwnElement(text));
        Map<String, Object> contextBlock = new LinkedHashMap<>();
        contextBlock.put("type", "context");
        contextBlock.put("elements", elements);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "[" + n.severity().name() + "] " + mrkdwn.escape(n.subject()));
        body.put("blocks", List.of(section, contextBlock));
        return ItmJson.toJson(body);
    }

    private static Map<String, Object> mrkdwnElement(String text) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("type", "mrkdwn");
        element.put("text", text);
        return element;
    }

    public static String template(NotificationTemplate template, Notification n, Instant sentAt) {
        return template.render(NotificationTemplate.valuesOf(n, sentAt), Escaping.JSON_STRING);
    }
}
