package org.itm.risk.vuln;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.cvss.Severity;

/**
 * Remediation deadlines per CVSS severity, counted from detection, with CISA KEV due dates taking precedence
 * (a KEV date is due at the end of that day in {@code zone}).
 *
 * @param slaBySeverity time allowed per severity; severities without an entry have no deadline
 * @param kevOverrides  whether a KEV due date replaces the severity deadline
 * @param zone          zone in which KEV dates are read
 */
public record RemediationPolicy(Map<Severity, Duration> slaBySeverity, boolean kevOverrides, ZoneId zone) {

    public RemediationPolicy {
        Violations v = new Violations();
        v.require(slaBySeverity != null, "slaBySeverity", "must not be null");
        v.require(zone != null, "zone", "must not be null");
        if (slaBySeverity != null) {
            slaBySeverity.forEach((s, d) -> v.require(s != null && d != null && !d.isNegative() && !d.isZero(),
                    "slaBySeverity." + s, "must be a positive duration"));
        }
        v.throwIfAny();
        slaBySeverity = Collections.unmodifiableMap(slaBySeverity.isEmpty()
                ? new EnumMap<>(Severity.class) : new EnumMap<>(slaBySeverity));
    }

    /** Critical 15 days, high 30, medium 90, low 180; KEV due dates override; KEV dates read in UTC. */
    public static RemediationPolicy defaults() {
        Map<Severity, Duration> sla = new EnumMap<>(Severity.class);
        sla.put(Severity.CRITICAL, Duration.ofDays(15));
        sla.put(Severity.HIGH, Duration.ofDays(30));
        sla.put(Severity.MEDIUM, Duration.ofDays(90));
        sla.put(Severity.LOW, Duration.ofDays(180));
        return new RemediationPolicy(sla, true, ZoneId.of("UTC"));
    }

    /** The deadline of {@code v}, if the policy gives it one. */
    public Optional<RemediationDue> due(Vulnerability v) {
        Checks.notNull(v, "vulnerability");
        Severity severity = v.severity();
        Optional<RemediationDue> bySeverity = Optional.ofNullable(slaBySeverity.get(severity))
                .map(d -> new RemediationDue(v.detectedAt().plus(d),
                        severity.label() + " severity: " + d.toDays() + " days from detection"));
        if (kevOverrides && v.kev() && v.kevDueDate().isPresent()) {
            Instant kevDue = v.kevDueDate().get().plusDays(1).atStartOfDay(zone).toInstant();
            String why = "CISA KEV due date " + v.kevDueDate().get() + " overrides "
                    + bySeverity.map(RemediationDue::reason).orElse("the (absent) severity deadline");
            return Optional.of(new RemediationDue(kevDue, why));
        }
        return bySeverity;
    }
}
