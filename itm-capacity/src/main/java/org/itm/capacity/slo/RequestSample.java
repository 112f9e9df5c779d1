package org.itm.capacity.slo;

import java.time.Duration;
import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One served request.
 *
 * @param service which service served it
 * @param at      when it completed
 * @param latency how long it took
 * @param error   whether it failed
 */
public record RequestSample(String service, Instant at, Duration latency, boolean error) {

    public RequestSample {
        Checks.notBlank(service, "service");
        Checks.notNull(at, "at");
        Checks.notNegative(latency, "latency");
    }
}
