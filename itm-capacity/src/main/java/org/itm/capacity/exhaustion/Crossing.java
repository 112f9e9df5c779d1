package org.itm.capacity.exhaustion;

import java.time.Instant;
import java.util.Optional;

/**
 * When a forecast reaches a limit: the expected date from the point forecast and a range from the prediction
 * interval (the upper bound reaches it first, the lower bound last). Empty dates mean "not within the horizon".
 * Dates between two forecast steps are interpolated linearly; when the last observed usage already is at or
 * beyond the limit, every date is the instant of that observation.
 *
 * @param limit         the usage that counts as reached, in the resource's unit
 * @param expected      when the point forecast reaches the limit
 * @param earliest      when the interval's upper bound reaches it; empty without an interval
 * @param latest        when the interval's lower bound reaches it; empty without an interval
 * @param intervalLevel coverage of the interval used (e.g. 0.8), or 0 when the forecast had none
 * @since 0.1
 */
public record Crossing(double limit, Optional<Instant> expected, Optional<Instant> earliest, Optional<Instant> latest,
                       double intervalLevel) {
}
