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
 * @since 0.1
 */
public record RequestSample(String service, Instant at, Duration latency, boolean error) {

    /**
     * Checks the components.
     *
     * @param service which service served it; not blank
     * @param at      when it completed
     * @param latency how long it took; not negative
     * @param error   whether it failed
     * @throws org.itm.core.ItmValidationException naming the first invalid component
     */
    public RequestSample {
        Checks.notBlank(service, "service");
        Checks.notNull(at, "at");
        Checks.notNegative(latency, "latency");
    }
}
