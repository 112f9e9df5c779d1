/**
 * The risk module's entry point for an application that embeds ITM: one object that hands out the risk and
 * compliance records kept in the environment's store, so a restarted application (or a second instance on the same
 * store) continues where the last one stopped.
 *
 * <p>Start with {@link org.itm.risk.embed.RiskServices#from(org.itm.core.embed.ItmEnvironment,
 * org.itm.risk.register.RiskAppetite) RiskServices.from(env, appetite)}: it gives the risk register
 * ({@link org.itm.risk.embed.RiskServices#risks()}, whose {@code aboveAppetite} index is computed against the
 * appetite), the control library, control test results and identity certification campaigns.
 * {@link org.itm.risk.embed.RiskServices#builder RiskServices.builder(env)} replaces any repository. See
 * {@link org.itm.core.embed} for why each module has its own entry point.
 *
 * <pre>{@code
 * import org.itm.core.embed.ItmEnvironment;
 * import org.itm.risk.register.Risk;
 * import org.itm.risk.register.RiskAppetite;
 *
 * try (ItmEnvironment env = ItmEnvironment.builder().clock(Clock.systemUTC()).build()) {   // in-memory store
 *     RiskServices risk = RiskServices.from(env, new RiskAppetite(Map.of("security", 9), 6));
 *     risk.risks().create(Risk.builder("R-3", "Phishing steals admin credentials", "security", "ciso")
 *             .inherent(5, 4).residual(4, 4).review(Period.ofMonths(3), LocalDate.of(2027, 1, 15)).build());
 *     risk.risks().create(Risk.builder("R-4", "Laptop theft", "security", "ciso")
 *             .inherent(3, 3).residual(2, 3).review(Period.ofMonths(3), LocalDate.of(2027, 1, 15)).build());
 *     var above = risk.risks().findAll(risk.risks().aboveAppetite());   // R-3 only: 16 > 9, while 6 <= 9
 * }
 * }</pre>
 */
@NullMarked
package org.itm.risk.embed;

import org.jspecify.annotations.NullMarked;
