/**
 * The risk module's entry point for an application that embeds ITM: {@link
 * org.itm.risk.embed.RiskServices#from(org.itm.core.embed.ItmEnvironment, org.itm.risk.register.RiskAppetite)} gives
 * the risk register, controls, control tests and certification campaigns in the environment's store. See {@link
 * org.itm.core.embed} for why each module has its own entry point.
 */
@NullMarked
package org.itm.risk.embed;

import org.jspecify.annotations.NullMarked;
