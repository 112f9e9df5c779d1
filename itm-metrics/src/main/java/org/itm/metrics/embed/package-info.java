/**
 * The metrics module's entry point for an application that embeds ITM: one line gives the repositories of the
 * measurement records (the continual improvement register and the feedback survey responses) in the
 * environment's store, so that they survive restarts beside the records of the other modules.
 *
 * <p>The entry point is {@link org.itm.metrics.embed.MetricsServices#from(org.itm.core.embed.ItmEnvironment)};
 * {@link org.itm.metrics.embed.MetricsServices#builder(org.itm.core.embed.ItmEnvironment)} replaces a repository.
 * A missing environment is rejected with an {@link org.itm.core.ItmValidationException}. See
 * {@link org.itm.core.embed} for why each module has its own entry point.
 *
 * <pre>{@code
 * import org.itm.core.embed.ItmEnvironment;
 *
 * try (ItmEnvironment env = ItmEnvironment.builder().storeUrl("jdbc:h2:file:./data/itm")
 *         .clock(Clock.systemUTC()).build()) {
 *     MetricsServices metrics = MetricsServices.from(env);
 *     int initiatives = metrics.improvements().findAll(metrics.improvements().query()).size();
 * }
 * }</pre>
 */
@NullMarked
package org.itm.metrics.embed;

import org.jspecify.annotations.NullMarked;
