/**
 * The metrics module's entry point for an application that embeds ITM: {@link
 * org.itm.metrics.embed.MetricsServices#from(org.itm.core.embed.ItmEnvironment)} gives the improvement register and
 * the feedback survey responses in the environment's store. See {@link org.itm.core.embed} for why each module has
 * its own entry point.
 */
@NullMarked
package org.itm.metrics.embed;

import org.jspecify.annotations.NullMarked;
