/**
 * A {@link org.itm.core.notify.Notifier} that POSTs notifications to HTTP endpoints (your own receivers or Slack
 * incoming webhooks): {@link org.itm.notify.webhook.WebhookNotifier#builder()}. Requests are signed with
 * HMAC-SHA256 over a timestamp and the body ({@link org.itm.notify.webhook.WebhookSignature} verifies them on the
 * receiving side), retried with exponential backoff and jitter on 5xx and 429, and handed to a dead-letter hook
 * when they cannot be delivered.
 */
@NullMarked
package org.itm.notify.webhook;

import org.jspecify.annotations.NullMarked;
