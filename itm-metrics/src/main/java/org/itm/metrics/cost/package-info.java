/**
 * Cost transparency: what IT services cost and who bears it. {@link org.itm.metrics.cost.CostRecord}s of cost pools
 * are allocated to consumers by {@link org.itm.metrics.cost.AllocationRule}s (direct, usage driver, headcount,
 * fixed split) into a {@link org.itm.metrics.cost.Showback} (or chargeback) that reconciles to the cent, with cost
 * per service unit.
 *
 * <p>The entry point is {@link org.itm.metrics.cost.Showback#allocate}; a pool without a rule, mixed currencies or
 * a bad rule are rejected with an {@link org.itm.core.ItmValidationException}. Money is
 * {@link org.itm.core.money.Money}: BigDecimal with a currency; allocations round with the largest remainder
 * method ({@link org.itm.metrics.cost.Allocation#largestRemainder}), so no cent is lost or made up.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 * import org.itm.core.money.Money;
 *
 * YearMonth march = YearMonth.of(2026, 3);
 * List<CostRecord> costs = List.of(
 *         new CostRecord("service-desk-labour", "mail", march, Money.of("12000.00", "EUR")),
 *         new CostRecord("datacentre", "mail", march, Money.of("3000.01", "EUR")));
 * Showback showback = Showback.allocate(costs, Map.of(
 *         "service-desk-labour", AllocationRule.byHeadcount(Map.of("sales", 40, "finance", 20)),
 *         "datacentre", AllocationRule.fixedSplit(Map.of("sales", new BigDecimal("50"),
 *                 "finance", new BigDecimal("50")))));
 * Map<String, Money> bills = showback.byConsumer();           // adds up to 15000.01 EUR
 * Money perTicket = showback.costPerUnit("mail", new BigDecimal("1250"), 4);
 * }</pre>
 */
@NullMarked
package org.itm.metrics.cost;

import org.itm.core.money.Money;
import org.jspecify.annotations.NullMarked;
