/**
 * On-call schedules: who answers a page at any instant, from layers of rotations with wall-clock handoffs and
 * weekly restrictions, with explicit overrides on top.
 *
 * <p>Write the schedule as data ({@link org.itm.operations.oncall.OnCallScheduleDefinition}, from JSON or YAML) and
 * build an {@link org.itm.operations.oncall.OnCallSchedule}, the entry point: it answers who is on call at an
 * instant and why ({@link org.itm.operations.oncall.OnCallSlot#decidedBy()}), the final timeline, gaps, double
 * coverage and the next handoff, and exports iCalendar feeds. Handoffs follow the layer's zone, so a weekly turn
 * at 09:00 stays at 09:00 local time across daylight-saving changes.
 *
 * <pre>{@code
 * OnCallSchedule schedule = OnCallSchedule.fromYaml(String.join("\n",
 *         "id: database",
 *         "zone: Europe/Berlin",
 *         "layers:",
 *         "  - name: primary",
 *         "    members: [ann, bob, cid]",
 *         "    start: 2026-03-02T09:00",
 *         "    turn: weekly"));
 * OnCallSlot slot = schedule.whoIsOnCall(Instant.parse("2026-03-10T12:00:00Z")).orElseThrow();
 * String member = slot.member();          // bob: the second week of the rotation
 * String why = slot.decidedBy();          // layer:primary
 * Optional<OnCallSlot> before = schedule.whoIsOnCall(Instant.parse("2026-03-02T07:00:00Z"));   // empty
 * }</pre>
 */
@NullMarked
package org.itm.operations.oncall;

import org.jspecify.annotations.NullMarked;
