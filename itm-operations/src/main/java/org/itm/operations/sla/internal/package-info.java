/**
 * Implementation of the SLA engine; not for direct use.
 */
@NullMarked
package org.itm.operations.sla.internal;

import org.jspecify.annotations.NullMarked;
