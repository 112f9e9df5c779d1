/**
 * Delivering ITM notifications to HTTP endpoints (your own receivers, Slack incoming webhooks, chat or ticketing
 * gateways) reliably and verifiably, with the receiving side's check in the same package.
 *
 * <p>The entry point is {@link org.itm.notify.webhook.WebhookNotifier#builder()}, which makes a
 * {@link org.itm.core.notify.Notifier} that POSTs each notification as JSON
 * ({@link org.itm.notify.webhook.PayloadFormatter} chooses the shape). Requests are signed with HMAC-SHA256 over a
 * timestamp and the body, retried with exponential backoff and jitter on 5xx, 429, time-outs and connection
 * failures, and handed to a {@link org.itm.notify.webhook.DeadLetterHandler} when they cannot be delivered; a
 * delivery failure comes back as a {@code FAILED} result, never as an exception. A receiver checks a request with
 * {@link org.itm.notify.webhook.WebhookSignature} before trusting it. Bad settings are reported together by
 * {@code build()} as an {@link org.itm.core.ItmValidationException}.
 *
 * <pre>{@code
 * import java.net.URI;
 * import java.nio.charset.StandardCharsets;
 * import org.itm.core.notify.*;
 * // given: Notification notification, String secret, String timestampHeader, String signatureHeader, String body
 *
 * // sending side
 * WebhookNotifier hooks = WebhookNotifier.builder()
 *         .name("ops-webhook")
 *         .endpoint(URI.create("https://hooks.example.org/itm"))
 *         .secret(secret)
 *         .clock(Clock.systemUTC())
 *         .maxAttempts(5)
 *         .deadLetter((failed, result) -> System.err.println("parked " + failed.correlationId()))
 *         .build();
 * DeliveryResult result = hooks.send(notification);
 *
 * // receiving side, with the headers and the raw body of the request
 * WebhookSignature verifier = WebhookSignature
 *         .verifier(secret.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())
 *         .withReplayCache(10_000);
 * WebhookSignature.Verification check = verifier.verify(timestampHeader, signatureHeader, body);
 * boolean trusted = check.valid();
 * }</pre>
 */
@NullMarked
package org.itm.notify.webhook;

import org.jspecify.annotations.NullMarked;
