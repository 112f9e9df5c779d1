package org.itm.capacity.slo;

import java.time.Duration;
import java.util.List;
import org.itm.core.time.TimeInterval;

/**
 * Availability over a window, as {@link Availability#measure} computes it.
 *
 * @param window             the measured window
 * @param serviceTime        time the service was due to be up (the window, less planned maintenance if excluded)
 * @param downtime           merged time it was down within the service time
 * @param excludedMaintenance planned maintenance left out of the measure
 * @param availability       {@code 1 − downtime / serviceTime}, a fraction in [0, 1] (0.999 is "three nines")
 * @param downIntervals      the merged down intervals counted, sorted (copied)
 * @since 0.1
 */
public record AvailabilityReport(TimeInterval window, Duration serviceTime, Duration downtime,
                                 Duration excludedMaintenance, double availability, List<TimeInterval> downIntervals) {

    /**
     * Copies the down intervals.
     *
     * @param window              the measured window
     * @param serviceTime         time the service was due to be up
     * @param downtime            merged time it was down within the service time
     * @param excludedMaintenance planned maintenance left out of the measure
     * @param availability        {@code 1 − downtime / serviceTime}
     * @param downIntervals       the merged down intervals counted; copied
     */
    public AvailabilityReport {
        downIntervals = List.copyOf(downIntervals);
    }
}
