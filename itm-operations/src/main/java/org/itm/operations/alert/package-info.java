/**
 * Monitoring alerts turned into incidents: de-duplication, correlation, flapping detection; start with {@link org.itm.operations.alert.AlertCorrelator}.
 */
@NullMarked
package org.itm.operations.alert;

import org.jspecify.annotations.NullMarked;
