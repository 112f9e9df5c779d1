/**
 * Implementation details of the incident package; not for direct use.
 */
@NullMarked
package org.itm.operations.incident.internal;

import org.jspecify.annotations.NullMarked;
