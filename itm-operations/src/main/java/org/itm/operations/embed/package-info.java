/**
 * The operations module's entry point for an application that embeds ITM: one object that hands out the service
 * desk, the change, problem and known-error repositories, the stored escalation ledger and engines, paging, alert
 * correlation and runbook records, all kept in the environment's store.
 *
 * <p>Start with {@link org.itm.operations.embed.OperationsServices#from(org.itm.core.embed.ItmEnvironment)}, or
 * {@link org.itm.operations.embed.OperationsServices#builder} to replace a part (a repository, the priority policy,
 * the reopen period). The services share the environment's clock, ids, events and outbox. See
 * {@link org.itm.core.embed} for why each module has its own entry point.
 *
 * <pre>{@code
 * import org.itm.core.embed.ItmEnvironment;
 * import org.itm.operations.incident.Incident;
 *
 * try (ItmEnvironment env = ItmEnvironment.builder()
 *         .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).build()) {
 *     OperationsServices ops = OperationsServices.from(env);
 *     Incident opened = ops.serviceDesk().open("Mail delivery delayed", "email", 2, 1, "alice");   // P2, NEW
 *     boolean stored = ops.incidents().find(opened.id()).isPresent();                              // true
 * }
 * }</pre>
 */
@NullMarked
package org.itm.operations.embed;

import org.jspecify.annotations.NullMarked;
