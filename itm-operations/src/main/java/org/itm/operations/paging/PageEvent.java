package org.itm.operations.paging;

import java.time.Instant;

/**
 * One entry of a page's timeline.
 *
 * @param at       when it happened
 * @param kind     {@code triggered}, {@code notified}, {@code escalated} (a level after the first is due because
 *                 nobody acknowledged; {@code who} names the level and round), {@code acknowledged},
 *                 {@code reassigned}, {@code snoozed}, {@code resolved}
 * @param who      the person, group or actor concerned
 * @param notifier the notifier used, empty string when none
 * @param result   delivery status or other outcome, empty string when none
 * @since 0.1
 */
public record PageEvent(Instant at, String kind, String who, String notifier, String result) {
}
