package org.itm.capacity.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One resource under one scenario.
 *
 * @param resourceId         the resource
 * @param capacity           installed capacity after the scenario's capacity changes
 * @param peakUsage          highest forecast usage (point forecast) over the horizon
 * @param exhaustion         when the point forecast reaches the critical threshold, if within the horizon
 * @param additionalCapacity capacity still to add to keep the peak below the critical threshold
 * @param cost               price of the scenario's capacity changes plus the additional capacity
 */
public record ResourceOutcome(String resourceId, double capacity, double peakUsage, Optional<Instant> exhaustion,
                              double additionalCapacity, BigDecimal cost) {
}
