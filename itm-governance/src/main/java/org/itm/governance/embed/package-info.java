/**
 * The governance module's entry point for an application that embeds ITM: {@link
 * org.itm.governance.embed.GovernanceServices#from(org.itm.core.embed.ItmEnvironment)} gives the decision log records
 * and portfolio decisions in the environment's store. See {@link org.itm.core.embed} for why each module has its own
 * entry point.
 */
@NullMarked
package org.itm.governance.embed;

import org.jspecify.annotations.NullMarked;
