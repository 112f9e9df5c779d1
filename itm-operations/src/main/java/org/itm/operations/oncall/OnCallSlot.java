package org.itm.operations.oncall;

import org.itm.core.time.TimeInterval;

/**
 * One interval of the final on-call timeline, with the explanation of who decided it.
 *
 * @param interval  half-open interval
 * @param member    who is on call
 * @param decidedBy {@code layer:<name>} or {@code override:<index>}, the source that won
 * @since 0.1
 */
public record OnCallSlot(TimeInterval interval, String member, String decidedBy) {
}
