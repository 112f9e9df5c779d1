/**
 * The risk register: risks scored on likelihood × impact scales (5×5 by default), inherent and residual scores,
 * treatments, appetite per category, heat maps and the overdue lists. Start with
 * {@link org.itm.risk.register.RiskRegister#create(RiskMatrix, RiskAppetite)}.
 */
@NullMarked
package org.itm.risk.register;

import org.jspecify.annotations.NullMarked;
