/**
 * Alert correlation: turning a stream of monitoring alerts into few incidents, one per affected service, with a
 * priority from the worst severity and the service's tier, and flapping alerts recognised as such.
 *
 * <p>The entry point is {@link org.itm.operations.alert.AlertCorrelator#builder}: give it a
 * {@link org.itm.operations.alert.ServiceDirectory} (CI to service, service to tier) and feed it
 * {@link org.itm.operations.alert.Alert}s; each {@link org.itm.operations.alert.AlertCorrelator#ingest} returns the
 * {@link org.itm.operations.alert.AlertAction}s to take (open an incident, attach to one, raise its priority,
 * propose resolving it). A correlator is not thread-safe and can write its state for a checkpoint;
 * {@link org.itm.operations.alert.StoredAlertCorrelator} keeps the groups in a store and is thread-safe. Reading
 * Alertmanager or PagerDuty documents is in {@code alert.intake}, receiving them over HTTP in
 * {@code alert.receiver}.
 *
 * <pre>{@code
 * import org.itm.core.notify.Severity;
 *
 * ServiceDirectory directory = ServiceDirectory.of(Map.of("mail-relay-1", "email", "mail-relay-2", "email"),
 *         Map.of("email", 1), 3);
 * AlertCorrelator correlator = AlertCorrelator.builder(directory).correlationWindow(Duration.ofMinutes(10)).build();
 * Instant t = Instant.parse("2026-03-02T09:00:00Z");
 * // OPEN_INCIDENT email#1 at P2 (MAJOR on a tier-1 service)
 * List<AlertAction> first = correlator.ingest(
 *         Alert.firing("alertmanager", "relay1-queue", Severity.MAJOR, "mail-relay-1", t));
 * List<AlertAction> second = correlator.ingest(
 *         Alert.firing("alertmanager", "relay2-queue", Severity.CRITICAL, "mail-relay-2", t.plusSeconds(120)));
 * // RAISE_PRIORITY to P1, then ATTACH_TO_INCIDENT email#1: one incident for two alerts
 * }</pre>
 */
@NullMarked
package org.itm.operations.alert;

import org.jspecify.annotations.NullMarked;
