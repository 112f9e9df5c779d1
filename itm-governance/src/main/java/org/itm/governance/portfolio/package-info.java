/**
 * The initiative portfolio: build {@link org.itm.governance.portfolio.Initiative}s with their costs, benefits,
 * risk, dependencies and team demand, collect them in a {@link org.itm.governance.portfolio.Portfolio} and call
 * {@link org.itm.governance.portfolio.Portfolio#assess()} for value, cost, risk and health by objective, stage and
 * business unit, and the concentration of spend and risk.
 */
@NullMarked
package org.itm.governance.portfolio;

import org.jspecify.annotations.NullMarked;
