/**
 * Alert receiver: an optional HTTP endpoint, on the JDK's own server, that monitoring tools post their webhooks to,
 * so alerts reach the correlator without a separate gateway.
 *
 * <p>Start it with {@link org.itm.operations.alert.receiver.AlertReceiver#builder}: one path per
 * {@link org.itm.operations.alert.intake.AlertFormat} (default {@code /alerts/alertmanager}, {@code /alerts/grafana},
 * {@code /alerts/pagerduty}), an optional bearer token (at least 16 characters) or HMAC signature check, and a body
 * size limit. Each request is read by an {@link org.itm.operations.alert.intake.AlertIntake}; accepted alerts go to
 * your {@link org.itm.operations.alert.receiver.AlertSink} and the sender gets the import report as JSON. By default
 * it listens on loopback at a free port.
 *
 * <pre>{@code
 * import java.net.URI;
 * import java.net.http.HttpClient;
 * import java.net.http.HttpRequest;
 * import java.net.http.HttpResponse;
 * import java.util.concurrent.CopyOnWriteArrayList;
 * import org.itm.operations.alert.Alert;
 * import org.itm.operations.alert.intake.AlertIntake;
 *
 * List<Alert> received = new CopyOnWriteArrayList<>();
 * try (AlertReceiver receiver = AlertReceiver.builder(AlertIntake.builder(Clock.systemUTC()).build(),
 *         (format, alerts) -> received.addAll(alerts)).bearerToken("change-me-0123456789").start()) {
 *     URI uri = URI.create("http://" + receiver.address().getHostString() + ":" + receiver.address().getPort()
 *             + "/alerts/pagerduty");
 *     HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
 *             .header("Authorization", "Bearer change-me-0123456789")
 *             .POST(HttpRequest.BodyPublishers.ofString("{\"routing_key\": \"abc\", \"event_action\": \"trigger\","
 *                     + " \"payload\": {\"summary\": \"ping failed\", \"source\": \"sw-3\","
 *                     + " \"severity\": \"critical\"}}"))
 *             .build(), HttpResponse.BodyHandlers.ofString());
 *     // 200 {"format":"pagerduty","accepted":1,"rejected":[],"warnings":[]}; received holds the alert
 * }
 * }</pre>
 */
@NullMarked
package org.itm.operations.alert.receiver;

import org.jspecify.annotations.NullMarked;
