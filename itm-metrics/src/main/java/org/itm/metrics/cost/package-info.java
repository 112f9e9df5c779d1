/**
 * Cost transparency: {@link org.itm.metrics.cost.CostRecord}s of cost pools allocated to consumers by
 * {@link org.itm.metrics.cost.AllocationRule}s (direct, usage driver, headcount, fixed split) into a
 * {@link org.itm.metrics.cost.Showback} (or chargeback) that reconciles to the cent, with cost per service unit.
 * Money is {@link org.itm.core.money.Money}: BigDecimal with a currency; allocations round with the largest
 * remainder method ({@link org.itm.metrics.cost.Allocation#largestRemainder}).
 */
@NullMarked
package org.itm.metrics.cost;

import org.itm.core.money.Money;
import org.jspecify.annotations.NullMarked;
