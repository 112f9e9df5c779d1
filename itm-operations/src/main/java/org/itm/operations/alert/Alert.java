package org.itm.operations.alert;

import java.time.Instant;
import java.util.Map;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;

/**
 * One alert from a monitoring system.
 *
 * @param source           the monitoring system, e.g. {@code prometheus}
 * @param deduplicationKey alerts with the same key describe the same condition
 * @param severity         how bad
 * @param ci               the configuration item concerned
 * @param at               when it was raised or cleared
 * @param status           firing or clear
 * @param payload          extra data (labels, values); copied
 */
public record Alert(String source, String deduplicationKey, Severity severity, String ci, Instant at,
                    AlertStatus status, Map<String, String> payload) {

    public Alert {
        Checks.notBlank(source, "source");
        Checks.notBlank(deduplicationKey, "deduplicationKey");
        Checks.notNull(severity, "severity");
        Checks.notBlank(ci, "ci");
        Checks.notNull(at, "at");
        Checks.notNull(status, "status");
        payload = Map.copyOf(Checks.notNull(payload, "payload"));
    }

    public static Alert firing(String source, String key, Severity severity, String ci, Instant at) {
        return new Alert(source, key, severity, ci, at, AlertStatus.FIRING, Map.of());
    }

    public static Alert clear(String source, String key, String ci, Instant at) {
        return new Alert(source, key, Severity.INFO, ci, at, AlertStatus.CLEAR, Map.of());
    }
}
