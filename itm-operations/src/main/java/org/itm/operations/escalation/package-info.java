/**
 * Escalation: telling someone (and raising a ticket's escalation level) when a ticket is at risk, by SLA elapsed
 * share, by time in a state or by priority, exactly once per threshold and cycle however often it is evaluated.
 *
 * <p>Rules are {@link org.itm.operations.escalation.EscalationRule} values built with their factories; the entry
 * point is {@link org.itm.operations.escalation.EscalationEngine#create}, which evaluates the rules against a
 * ticket's timeline and SLA results and returns the {@link org.itm.operations.escalation.Escalation}s that fired in
 * that call. What fired is remembered in an {@link org.itm.operations.escalation.EscalationLedger}: in memory for
 * tests, a {@link org.itm.operations.escalation.StoredEscalationLedger} in production, which records each
 * notification in the outbox in the same batch so a restart neither repeats nor loses one.
 *
 * <pre>{@code
 * import org.itm.core.notify.DeliveryResult;
 * import org.itm.core.notify.Notification;
 * import org.itm.core.notify.Notifier;
 * import org.itm.operations.sla.SlaEvent;
 * import org.itm.operations.sla.SlaTimeline;
 *
 * Notifier mail = new Notifier() {
 *     &#64;Override
 *     public String name() {
 *         return "mail";
 *     }
 *
 *     &#64;Override
 *     public DeliveryResult send(Notification notification) {
 *         return DeliveryResult.delivered(name());
 *     }
 * };
 * EscalationEngine engine = EscalationEngine.create(List.of(
 *         EscalationRule.stateAge("stuck-on-hold", "ON_HOLD", Duration.ofHours(4)).withNotify("email", "duty-manager")),
 *         EscalationLedger.inMemory(), mail);
 * SlaTimeline ticket = new SlaTimeline("INC-7", Map.of(), List.of(
 *         SlaEvent.of(Instant.parse("2026-03-02T09:00:00Z"), "IN_PROGRESS", "P3"),
 *         SlaEvent.of(Instant.parse("2026-03-02T10:00:00Z"), "ON_HOLD", "P3")));
 * Instant now = Instant.parse("2026-03-02T15:00:00Z");
 * List<Escalation> fired = engine.evaluate(ticket, List.of(), now);   // one: due 14:00, level 1, notified
 * List<Escalation> again = engine.evaluate(ticket, List.of(), now.plusSeconds(3600));   // none: it fired already
 * }</pre>
 */
@NullMarked
package org.itm.operations.escalation;

import org.jspecify.annotations.NullMarked;
