package org.itm.risk.vuln;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.cvss.CvssSeverity;

/**
 * Remediation deadlines per CVSS severity, counted from detection, with CISA KEV due dates taking precedence
 * (a KEV date is due at the end of that day in {@code zone}). With a business calendar, the allowed days are working
 * days of that calendar: the deadline is the end of the N-th working day after the detection date.
 *
 * @param slaBySeverity time allowed per severity (whole days); severities without an entry have no deadline
 * @param kevOverrides  whether a KEV due date replaces the severity deadline
 * @param zone          zone in which KEV dates (and, without a calendar, nothing else) are read
 * @param calendar      if present, SLA days are counted as its working days (in its zone)
 * @since 0.1
 */
public record RemediationPolicy(Map<CvssSeverity, Duration> slaBySeverity, boolean kevOverrides, ZoneId zone,
                                Optional<BusinessCalendar> calendar) {

    /**
     * Checks the components and copies the deadlines.
     *
     * @param slaBySeverity time allowed per severity (whole days); severities without an entry have no deadline
     * @param kevOverrides  whether a KEV due date replaces the severity deadline
     * @param zone          zone in which KEV dates (and, without a calendar, nothing else) are read
     * @param calendar      if present, SLA days are counted as its working days (in its zone)
     * @throws org.itm.core.ItmValidationException naming {@code slaBySeverity} or {@code zone} when null,
     *                                             {@code calendar} when null, or {@code slaBySeverity.SEVERITY} for a
     *                                             deadline that is not a positive duration
     */
    public RemediationPolicy {
        Violations v = new Violations();
        v.require(slaBySeverity != null, "slaBySeverity", "must not be null");
        v.require(zone != null, "zone", "must not be null");
        v.require(calendar != null, "calendar", "must not be null (use Optional.empty())");
        if (slaBySeverity != null) {
            slaBySeverity.forEach((s, d) -> v.require(s != null && d != null && !d.isNegative() && !d.isZero(),
                    "slaBySeverity." + s, "must be a positive duration"));
        }
        v.throwIfAny();
        slaBySeverity = Collections.unmodifiableMap(slaBySeverity.isEmpty()
                ? new EnumMap<>(CvssSeverity.class) : new EnumMap<>(slaBySeverity));
    }

    /**
     * Critical 15 days, high 30, medium 90, low 180; KEV due dates override; KEV dates read in UTC.
     *
     * @return the default policy, counting calendar days
     */
    public static RemediationPolicy defaults() {
        Map<CvssSeverity, Duration> sla = new EnumMap<>(CvssSeverity.class);
        sla.put(CvssSeverity.CRITICAL, Duration.ofDays(15));
        sla.put(CvssSeverity.HIGH, Duration.ofDays(30));
        sla.put(CvssSeverity.MEDIUM, Duration.ofDays(90));
        sla.put(CvssSeverity.LOW, Duration.ofDays(180));
        return new RemediationPolicy(sla, true, ZoneId.of("UTC"), Optional.empty());
    }

    /**
     * This policy counting SLA days as working days of {@code businessCalendar}.
     *
     * @param businessCalendar the calendar whose working days count
     * @return a new policy; this one is unchanged
     * @throws org.itm.core.ItmValidationException naming {@code calendar} when null
     */
    public RemediationPolicy withCalendar(BusinessCalendar businessCalendar) {
        Checks.notNull(businessCalendar, "calendar");
        return new RemediationPolicy(slaBySeverity, kevOverrides, zone, Optional.of(businessCalendar));
    }

    /**
     * The deadline of a finding: by its severity's SLA from detection, or its KEV due date when that overrides.
     *
     * @param v the finding
     * @return the deadline with its reason, e.g. {@code "Critical severity: 15 days from detection"}; empty when
     *         the policy sets no deadline for its severity and it has no KEV date
     * @throws org.itm.core.ItmValidationException naming {@code vulnerability} when null
     */
    public Optional<RemediationDue> due(Vulnerability v) {
        Checks.notNull(v, "vulnerability");
        CvssSeverity severity = v.severity();
        Optional<RemediationDue> bySeverity = Optional.ofNullable(slaBySeverity.get(severity))
                .map(d -> calendar.isPresent()
                        ? new RemediationDue(afterWorkingDays(calendar.get(), v.detectedAt(), d.toDays()),
                                severity.label() + " severity: " + d.toDays() + " working days from detection")
                        : new RemediationDue(v.detectedAt().plus(d),
                                severity.label() + " severity: " + d.toDays() + " days from detection"));
        if (kevOverrides && v.kev() && v.kevDueDate().isPresent()) {
            Instant kevDue = v.kevDueDate().get().plusDays(1).atStartOfDay(zone).toInstant();
            String why = "CISA KEV due date " + v.kevDueDate().get() + " overrides "
                    + bySeverity.map(RemediationDue::reason).orElse("the (absent) severity deadline");
            return Optional.of(new RemediationDue(kevDue, why));
        }
        return bySeverity;
    }

    /** The end of the {@code days}-th working day after the day of {@code from} (in the calendar's zone). */
    private static Instant afterWorkingDays(BusinessCalendar cal, Instant from, long days) {
        LocalDate date = LocalDate.ofInstant(from, cal.zone());
        long counted = 0;
        // a year without a single working day means a broken calendar; stop instead of looping forever
        for (int guard = 0; counted < days; guard++) {
            date = date.plusDays(1);
            if (cal.isWorkingDay(date)) {
                counted++;
                guard = 0;
            } else if (guard > 366) {
                throw new ItmValidationException("calendar", "has no working day in a year after " + date);
            }
        }
        return date.plusDays(1).atStartOfDay(cal.zone()).toInstant();
    }
}
