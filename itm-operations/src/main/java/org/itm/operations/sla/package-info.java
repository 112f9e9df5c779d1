/**
 * The SLA engine: definitions as data, evaluated as a pure function of a ticket timeline; start with {@link org.itm.operations.sla.SlaEngine}.
 */
@NullMarked
package org.itm.operations.sla;

import org.jspecify.annotations.NullMarked;
