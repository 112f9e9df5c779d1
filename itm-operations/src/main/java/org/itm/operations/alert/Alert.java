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
 * @since 0.1
 */
public record Alert(String source, String deduplicationKey, Severity severity, String ci, Optional<String> service,
                    Instant at, AlertStatus status, Map<String, String> payload) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param source           the monitoring system, e.g. {@code prometheus}
     * @param deduplicationKey alerts with the same key describe the same condition
     * @param severity         how bad
     * @param ci               the configuration item concerned
     * @param service          the service the monitoring system names for it (e.g. from a {@code service} label); when
     *                         present the {@link AlertCorrelator} groups by it instead of asking its {@link
     *                         ServiceDirectory}
     * @param at               when it was raised, acknowledged or cleared
     * @param status           firing, acknowledged or clear
     * @param payload          extra data (labels, annotations, links); copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
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

    /**
     * An alert whose service the correlator looks up in its {@link ServiceDirectory}.
     *
     * @param source           the monitoring system, e.g. {@code alertmanager}; not blank
     * @param deduplicationKey identifies the alert across its firing and clear events; not blank
     * @param severity         how bad
     * @param ci               the configuration item it is about; not blank
     * @param at               when it fired or cleared
     * @param status           firing or clear
     * @param payload          extra fields kept for people; copied
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public Alert(String source, String deduplicationKey, Severity severity, String ci, Instant at,
                 AlertStatus status, Map<String, String> payload) {
        this(source, deduplicationKey, severity, ci, Optional.empty(), at, status, payload);
    }

    /**
     * 
     *
     * @param source   the monitoring system; not blank
     * @param key      the de-duplication key; not blank
     * @param severity how bad
     * @param ci       the configuration item; not blank
     * @param at       when it fired
     * @return a FIRING alert without payload, whose service the directory looks up
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public static Alert firing(String source, String key, Severity severity, String ci, Instant at) {
        return new Alert(source, key, severity, ci, at, AlertStatus.FIRING, Map.of());
    }

    /**
     * 
     *
     * @param source the monitoring system; not blank
     * @param key    the de-duplication key of the firing alert it clears; not blank
     * @param ci     the configuration item; not blank
     * @param at     when it cleared
     * @return a CLEAR alert with severity INFO
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public static Alert clear(String source, String key, String ci, Instant at) {
        return new Alert(source, key, Severity.INFO, ci, at, AlertStatus.CLEAR, Map.of());
    }
}
