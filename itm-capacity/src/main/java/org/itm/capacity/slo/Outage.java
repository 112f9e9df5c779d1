package org.itm.capacity.slo;

import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * A period in which a service was unavailable.
 *
 * @param interval when, half-open {@code [start, end)}
 * @param planned  whether it was announced maintenance (which an SLA may exclude)
 * @since 0.1
 */
public record Outage(TimeInterval interval, boolean planned) {

    /**
     * Checks the interval.
     *
     * @param interval when
     * @param planned  whether it was announced maintenance
     * @throws org.itm.core.ItmValidationException if {@code interval} is null
     */
    public Outage {
        Checks.notNull(interval, "interval");
    }

    /**
     * An unplanned outage, which always counts as downtime.
     *
     * @param interval when
     * @return the outage
     * @throws org.itm.core.ItmValidationException if {@code interval} is null
     */
    public static Outage unplanned(TimeInterval interval) {
        return new Outage(interval, false);
    }

    /**
     * Announced maintenance, which {@link Availability#measure} can leave out.
     *
     * @param interval when
     * @return the outage
     * @throws org.itm.core.ItmValidationException if {@code interval} is null
     */
    public static Outage planned(TimeInterval interval) {
        return new Outage(interval, true);
    }
}
