package org.itm.capacity.slo;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * Good and total event counts of one short interval (e.g. one minute) starting at {@code at}: the input of
 * {@link SloMonitor}. A sample counts in a window when {@code at} lies in it, so keep the intervals shorter than
 * the shortest alert window.
 *
 * @param at    start of the interval
 * @param good  good events; not negative and not above {@code total}
 * @param total all events; not negative
 * @since 0.1
 */
public record SliSample(Instant at, long good, long total) {

    /**
     * Checks the counts.
     *
     * @param at    start of the interval
     * @param good  good events; not negative and not above {@code total}
     * @param total all events; not negative
     * @throws org.itm.core.ItmValidationException naming the first invalid component
     */
    public SliSample {
        Checks.notNull(at, "at");
        Checks.notNegative(good, "good");
        Checks.notNegative(total, "total");
        Checks.require(good <= total, "good", "must not exceed total " + total + ", was " + good);
    }
}
