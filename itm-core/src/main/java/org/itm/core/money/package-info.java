/**
 * Money: an exact {@link org.itm.core.money.Money} amount in one currency, shared by every module that prices
 * something (portfolio budgets, cost allocation); arithmetic refuses to mix currencies and rounds only where a
 * method says so.
 *
 * <pre>{@code
 * Money total = Money.of("1200.00", "EUR").plus(Money.of("34.5", "EUR"));
 * String shown = total.rounded().toString(); // "1234.50 EUR"
 * }</pre>
 */
@NullMarked
package org.itm.core.money;

import org.jspecify.annotations.NullMarked;
