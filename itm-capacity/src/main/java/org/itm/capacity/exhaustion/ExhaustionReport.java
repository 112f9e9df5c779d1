package org.itm.capacity.exhaustion;

import java.time.Instant;
import java.util.Optional;

/**
 * Headroom and exhaustion outlook of one resource, with a sentence that states the numbers behind it.
 *
 * @param resource         the resource analysed
 * @param asOf             "now" from the analyser's clock
 * @param currentUsage     the last observed usage, in the resource's unit
 * @param headroom         critical limit minus current usage, in the resource's unit (negative when already beyond
 *                         it)
 * @param headroomFraction headroom as a share of capacity, e.g. {@code 0.1} for 10 % of capacity left
 * @param warning          when the warning threshold is reached
 * @param critical         when the critical threshold is reached
 * @param orderBy          latest date to order more capacity: expected critical crossing minus lead time; empty
 *                         when the forecast stays below the critical threshold
 * @param orderOverdue     whether {@code orderBy} is already past
 * @param explanation      the outlook in one sentence
 * @since 0.1
 */
public record ExhaustionReport(Resource resource, Instant asOf, double currentUsage, double headroom,
                               double headroomFraction, Crossing warning, Crossing critical, Optional<Instant> orderBy,
                               boolean orderOverdue, String explanation) {
}
