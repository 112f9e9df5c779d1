package org.itm.operations.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;

/**
 * One alert from a monitoring system.
 *
 * @param source           the monitoring system, e.g. {@code prometheus}
 * @param deduplicationKey alerts with the same key describe the same condition
 * @param severity         how bad
 * @param ci               the configuration item concerned
 * @param service          the service the monitoring system names for it (e.g. from a {@code service} label);
 *                         when present the {@link AlertCorrelator} groups by it instead of asking its
 *                         {@link ServiceDirectory}
 * @param at               when it was raised, acknowledged or cleared
 * @param status           firing, acknowledged or clear
 * @param payload          extra data (labels, annotations, links); copied
 */
public record Alert(String source, String deduplicationKey, Severity severity, String ci, Optional<String> service,
                    Instant at, AlertStatus status, Map<String, String> payload) {

    public Alert {
        Checks.notBlank(source, "source");
        Checks.notBlank(deduplicationKey, "deduplicationKey");
        Checks.notNull(severity, "severity");
        Checks.notBlank(ci, "ci");
        Checks.notNull(service, "service");
        service.ifPresent(s -> Checks.notBlank(s, "service"));
        Checks.notNull(at, "at");
        Checks.notNull(status, "status");
        payload = Map.copyOf(Checks.notNull(payload, "payload"));
    }

    /** An alert whose service the correlator looks up in its {@link ServiceDirectory}. */
    public Alert(String source, String deduplicationKey, Severity severity, String ci, Instant at,
                 AlertStatus status, Map<String, String> payload) {
        this(source, deduplicationKey, severity, ci, Optional.empty(), at, status, payload);
    }

    public static Alert firing(String source, String key, Severity severity, String ci, Instant at) {
        return new Alert(source, key, severity, ci, at, AlertStatus.FIRING, Map.of());
    }

    public static Alert clear(String source, String key, String ci, Instant at) {
        return new Alert(source, key, Severity.INFO, ci, at, AlertStatus.CLEAR, Map.of());
    }
}
