package org.itm.governance.standards;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The result of a conformance check: every breach (most severe first), which are waived, and notes on waivers that
 * have expired and so no longer cover anything. Made by {@link ConformanceChecker#check}.
 *
 * @param violations     every breach, most severe first; copied
 * @param expiredWaivers one note per expired waiver of a breach, e.g.
 *                       {@code "waiver of SSO for crm (owner ann) expired on 2026-12-31"}; copied
 * @since 0.1
 */
public record ConformanceReport(List<StandardViolation> violations, List<String> expiredWaivers) {

    /**
     * Copies the lists.
     *
     * @param violations     every breach, most severe first; copied
     * @param expiredWaivers one note per expired waiver of a breach, e.g.
     *                       {@code "waiver of SSO for crm (owner ann) expired on 2026-12-31"}; copied
     */
    public ConformanceReport {
        violations = List.copyOf(violations);
        expiredWaivers = List.copyOf(expiredWaivers);
    }

    /**
     * Breaches that no active waiver covers: the work to do.
     *
     * @return the open violations, most severe first
     */
    public List<StandardViolation> open() {
        return violations.stream().filter(v -> !v.waived()).toList();
    }

    /**
     * Open breaches per application.
     *
     * @return application id → number of open breaches, in id order; applications without any are absent
     */
    public Map<String, Long> openByApplication() {
        return open().stream().collect(Collectors.groupingBy(StandardViolation::applicationId, TreeMap::new, Collectors.counting()));
    }

    /**
     * Whether an application has no open breach (waived ones do not count).
     *
     * @param applicationId the application's id
     * @return {@code true} when no open violation names it, also for an application that was not checked
     */
    public boolean conforms(String applicationId) {
        return open().stream().noneMatch(v -> v.applicationId().equals(applicationId));
    }
}
