package org.itm.capacity.slo;

import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * A period in which a service was unavailable.
 *
 * @param interval when
 * @param planned  whether it was announced maintenance (which an SLA may exclude)
 */
public record Outage(TimeInterval interval, boolean planned) {

    public Outage {
        Checks.notNull(interval, "interval");
    }

    public static Outage unplanned(TimeInterval interval) {
        return new Outage(interval, false);
    }

    public static Outage planned(TimeInterval interval) {
        return new Outage(interval, true);
    }
}
