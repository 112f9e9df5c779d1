/**
 * The governance module's entry point for an application that embeds ITM: one object that hands out the governance
 * records kept in the environment's store, so a restarted application (or a second instance on the same store)
 * continues where the last one stopped.
 *
 * <p>Start with {@link org.itm.governance.embed.GovernanceServices#from(org.itm.core.embed.ItmEnvironment)
 * GovernanceServices.from(env)}: it gives the decision log's records
 * ({@link org.itm.governance.embed.GovernanceServices#decisionRecords()}) and the portfolio boards' decisions
 * ({@link org.itm.governance.embed.GovernanceServices#portfolioDecisions()}).
 * {@link org.itm.governance.embed.GovernanceServices#builder GovernanceServices.builder(env)} replaces either
 * repository. See {@link org.itm.core.embed} for why each module has its own entry point.
 *
 * <pre>{@code
 * import org.itm.core.embed.ItmEnvironment;
 *
 * try (ItmEnvironment env = ItmEnvironment.builder().clock(Clock.systemUTC()).build()) {   // in-memory store
 *     GovernanceServices gov = GovernanceServices.from(env);
 *     var records = gov.decisionRecords().findAll(gov.decisionRecords().query());          // [] in a new store
 *     var current = gov.portfolioDecisions().inForce("2026-H2");                           // Optional.empty
 * }
 * }</pre>
 */
@NullMarked
package org.itm.governance.embed;

import org.jspecify.annotations.NullMarked;
