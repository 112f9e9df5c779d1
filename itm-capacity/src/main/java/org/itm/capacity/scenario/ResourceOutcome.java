package org.itm.capacity.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One resource under one scenario, a row of {@link ScenarioComparison#toTable()}.
 *
 * @param resourceId         the resource
 * @param capacity           installed capacity once all the scenario's capacity changes are in effect
 * @param peakUsage          highest usage over the horizon (the last observation or the adjusted point forecast)
 * @param exhaustion         when the point forecast reaches the critical threshold of the capacity installed at
 *                           that time, if within the horizon
 * @param additionalCapacity capacity still to add to keep usage at or below the critical threshold at every step;
 *                           0 when none is needed
 * @param cost               price of the scenario's capacity changes plus the additional capacity, rounded half-up
 *                           to the currency's minor unit; negative when removed capacity saves more than is added
 * @since 0.1
 */
public record ResourceOutcome(String resourceId, double capacity, double peakUsage, Optional<Instant> exhaustion,
                              double additionalCapacity, BigDecimal cost) {
}
