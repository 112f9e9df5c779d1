package org.itm.notify.webhook;

import java.time.Instant;
import org.itm.core.notify.Notification;
import org.itm.notify.template.NotificationTemplate;
import org.itm.notify.webhook.internal.Payloads;

/**
 * Turns a notification into the JSON body of a webhook request. Use {@link #json()} for your own receivers,
 * {@link #slack()} for Slack incoming webhooks, or {@link #template(NotificationTemplate)} for any other JSON
 * shape.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PayloadFormatter {

    /**
     * Builds the request body of one attempt; called again for every retry, on the sending thread (possibly by
     * several threads at once, so an implementation must be thread-safe).
     *
     * @param notification the notification being sent
     * @param sentAt the instant of the attempt, from the notifier's clock; it is also the signed timestamp
     * @return the JSON request body, sent as UTF-8
     */
    String format(Notification notification, Instant sentAt);

    /**
     * Every field of the notification as one JSON object: {@code channel}, {@code recipients}, {@code subject},
     * {@code body}, {@code severity}, {@code correlationId}, {@code deduplicationKey}, {@code attributes} and
     * {@code sentAt} (ISO-8601).
     *
     * @return the default formatter of {@link WebhookNotifier.Builder#formatter(PayloadFormatter)}
     */
    static PayloadFormatter json() {
        return Payloads::json;
    }

    /**
     * A Slack incoming-webhook message: a {@code text} fallback plus {@code blocks} with the severity and subject
     * in bold, the body, and the correlation id and attributes as context; user text is escaped for Slack's
     * mrkdwn ({@code &}, {@code <} and {@code >} become entities), so it cannot mention people, alert channels or
     * link.
     *
     * @return a formatter for a Slack incoming-webhook URL
     */
    static PayloadFormatter slack() {
        return Payloads::slack;
    }

    /**
     * The given JSON template with its placeholders filled from the notification and escaped as JSON string
     * content, e.g. {@code {"title": "{{subject}}", "team": "{{attributes.team}}"}}.
     *
     * @param template the body template; its placeholders are listed on {@link NotificationTemplate}
     * @return a formatter that renders {@code template} for each attempt
     */
    static PayloadFormatter template(NotificationTemplate template) {
        return (notification, sentAt) -> Payloads.template(template, notification, sentAt);
    }
}
