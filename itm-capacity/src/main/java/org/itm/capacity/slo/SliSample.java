package org.itm.capacity.slo;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * Good and total event counts of one short interval (e.g. one minute) starting at {@code at}.
 *
 * @param at    start of the interval
 * @param good  good events; not above {@code total}
 * @param total all events
 */
public record SliSample(Instant at, long good, long total) {

    public SliSample {
        Checks.notNull(at, "at");
        Checks.notNegative(good, "good");
        Checks.notNegative(total, "total");
        Checks.require(good <= total, "good", "must not exceed total " + total + ", was " + good);
    }
}
