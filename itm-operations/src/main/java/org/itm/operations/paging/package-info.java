/**
 * Paging: waking the right person for an urgent incident, and the next one when nobody answers.
 *
 * <p>An {@link org.itm.operations.paging.EscalationPolicy} lists levels (on-call schedules, people or groups, each
 * with the delay before the next level) and how many extra rounds to run. The entry point is
 * {@link org.itm.operations.paging.Pager#create}: {@link org.itm.operations.paging.Pager#trigger} raises an
 * {@link org.itm.operations.paging.OnCallPage} and notifies its first level at once, and calling
 * {@link org.itm.operations.paging.Pager#evaluate} at any cadence notifies each later level exactly once until the
 * page is acknowledged or resolved. A {@link org.itm.operations.paging.NotificationLedger} remembers what was sent,
 * so a restart does not page twice; pages are kept in a {@link org.itm.operations.paging.PageStore}.
 *
 * <pre>{@code
 * import org.itm.core.notify.DeliveryResult;
 * import org.itm.core.notify.Notification;
 * import org.itm.core.notify.Notifier;
 * import org.itm.operations.oncall.OnCallSchedule;
 *
 * Notifier pagerApp = new Notifier() {
 *     &#64;Override
 *     public String name() {
 *         return "pager-app";
 *     }
 *
 *     &#64;Override
 *     public DeliveryResult send(Notification notification) {
 *         return DeliveryResult.delivered(name());
 *     }
 * };
 * OnCallSchedule rota = OnCallSchedule.fromYaml(String.join("\n", "id: db", "zone: Europe/Berlin", "layers:",
 *         "  - name: primary", "    members: [ann, bob]", "    start: 2026-03-02T09:00", "    turn: weekly"));
 * EscalationPolicy policy = new EscalationPolicy("db-policy", List.of(
 *         new EscalationLevel(List.of("db"), List.of(), List.of(), Duration.ofMinutes(15)),
 *         new EscalationLevel(List.of(), List.of("lead"), List.of(), Duration.ofMinutes(30))), 0);
 * Clock clock = Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"), ZoneOffset.UTC);
 * Pager pager = Pager.create(Map.of("db-policy", policy), Map.of("db", rota), pagerApp,
 *         NotificationLedger.inMemory(), clock);
 * OnCallPage page = pager.trigger("inc-1", "db-policy", "database down");   // TRIGGERED; ann (on call) notified
 * page = pager.acknowledge(page, "ann");                                   // ACKNOWLEDGED: lead is not paged
 * }</pre>
 */
@NullMarked
package org.itm.operations.paging;

import org.jspecify.annotations.NullMarked;
