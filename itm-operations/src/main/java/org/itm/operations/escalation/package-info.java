/**
 * Escalation rules by SLA elapsed percentage, state age and priority, fired exactly once per threshold and cycle; start with {@link org.itm.operations.escalation.EscalationEngine}.
 */
@NullMarked
package org.itm.operations.escalation;

import org.jspecify.annotations.NullMarked;
