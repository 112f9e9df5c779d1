/**
 * Alert intake: alerts as monitoring tools publish them (Prometheus Alertmanager and Grafana webhooks, PagerDuty
 * Events API v2 events) read into {@link org.itm.operations.alert.Alert}s for the correlator, with every entry that
 * could not be used reported with its reasons rather than dropped.
 *
 * <p>The entry point is {@link org.itm.operations.alert.intake.AlertIntake#builder}: choose the labels that name an
 * alert's CI and service and, if the tool's own severity is not enough, {@link
 * org.itm.operations.alert.intake.SeverityRules} (rule-engine conditions over labels and annotations). Each read
 * returns an {@link org.itm.operations.alert.intake.AlertImport} of accepted alerts, rejected entries (each an
 * {@link org.itm.operations.alert.intake.AlertRejection} naming the JSON path) and warnings.
 *
 * <pre>{@code
 * import org.itm.operations.alert.Alert;
 *
 * AlertIntake intake = AlertIntake.builder(Clock.systemUTC()).build();
 * AlertImport events = intake.pagerDuty("{\"routing_key\": \"abc\", \"event_action\": \"trigger\","
 *         + " \"payload\": {\"summary\": \"ping failed\", \"source\": \"sw-3\", \"severity\": \"critical\"}}");
 * Alert alert = events.accepted().get(0);   // FIRING, CRITICAL, on CI sw-3, source pagerduty
 * AlertImport incomplete = intake.pagerDuty(
 *         "{\"routing_key\": \"abc\", \"event_action\": \"trigger\", \"payload\": {\"summary\": \"x\"}}");
 * List<AlertRejection> rejected = incomplete.rejected();
 * // one entry: $.payload.source: is required, $.payload.severity: is required
 * }</pre>
 */
@NullMarked
package org.itm.operations.alert.intake;

import org.jspecify.annotations.NullMarked;
