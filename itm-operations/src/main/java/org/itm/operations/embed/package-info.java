/**
 * The operations module's entry point for an application that embeds ITM: {@link
 * org.itm.operations.embed.OperationsServices#from(org.itm.core.embed.ItmEnvironment)} gives the service desk,
 * change, problem and known-error repositories, the stored escalation ledger and engines, paging, alert
 * correlation and runbook records, all in the environment's store. See {@link org.itm.core.embed} for why each
 * module has its own entry point.
 */
@NullMarked
package org.itm.operations.embed;

import org.jspecify.annotations.NullMarked;
