package org.itm.capacity.slo;

import java.time.Duration;
import java.util.List;
import org.itm.core.time.TimeInterval;

/**
 * Availability over a window.
 *
 * @param window             the measured window
 * @param serviceTime        time the service was due to be up (the window, less planned maintenance if excluded)
 * @param downtime           merged time it was down within the service time
 * @param excludedMaintenance planned maintenance left out of the measure
 * @param availability       {@code 1 − downtime / serviceTime}
 * @param downIntervals      the merged down intervals counted
 */
public record AvailabilityReport(TimeInterval window, Duration serviceTime, Duration downtime,
                                 Duration excludedMaintenance, double availability, List<TimeInterval> downIntervals) {

    public AvailabilityReport {
        downIntervals = List.copyOf(downIntervals);
    }
}
