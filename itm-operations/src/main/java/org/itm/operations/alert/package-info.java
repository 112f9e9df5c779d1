/**
 * Monitoring alerts turned into incidents: de-duplication, correlation, flapping detection; start with
 * {@link org.itm.operations.alert.AlertCorrelator}, or {@link org.itm.operations.alert.StoredAlertCorrelator} to keep
 * the open alert groups in a document store across restarts. Alerts as monitoring tools publish them are read by
 * {@link org.itm.operations.alert.intake.AlertIntake} and can be received over HTTP with
 * {@link org.itm.operations.alert.receiver.AlertReceiver}.
 */
@NullMarked
package org.itm.operations.alert;

import org.jspecify.annotations.NullMarked;
