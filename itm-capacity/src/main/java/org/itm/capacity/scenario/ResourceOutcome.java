package org.itm.capacity.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One resource under one scenario.
 *
 * @param resourceId         the resource
 * @param capacity           installed capacity once all the scenario's capacity changes are in effect
 * @param peakUsage          highest forecast usage (point forecast) over the horizon
 * @param exhaustion         when the point forecast reaches the critical threshold of the capacity installed at
 *                           that time, if within the horizon
 * @param additionalCapacity capacity still to add to keep the peak below the critical threshold
 * @param cost               price of the scenario's capacity changes plus the additional capacity
 */
public record ResourceOutcome(String resourceId, double capacity, double peakUsage, Optional<Instant> exhaustion,
                              double additionalCapacity, BigDecimal cost) {
}
