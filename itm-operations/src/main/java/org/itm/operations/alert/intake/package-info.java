/**
 * Alerts as monitoring tools publish them — Prometheus Alertmanager and Grafana webhooks, PagerDuty Events API v2
 * events — read into {@link org.itm.operations.alert.Alert}s with a report of every entry that could not be used;
 * start with {@link org.itm.operations.alert.intake.AlertIntake}.
 */
@NullMarked
package org.itm.operations.alert.intake;

import org.jspecify.annotations.NullMarked;
