/**
 * Incidents: an explicit lifecycle state machine, a full audit timeline and domain events; start with {@link org.itm.operations.incident.IncidentDesk}.
 */
@NullMarked
package org.itm.operations.incident;

import org.jspecify.annotations.NullMarked;
