/**
 * Implementation details of the escalation package; not for direct use.
 */
@NullMarked
package org.itm.operations.escalation.internal;

import org.jspecify.annotations.NullMarked;
