package org.itm.governance.standards;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The result of a conformance check: every breach (most severe first), which are waived, and notes on waivers that
 * have expired and so no longer cover anything.
 */
public record ConformanceReport(List<StandardViolation> violations, List<String> expiredWaivers) {

    public ConformanceReport {
        violations = List.copyOf(violations);
        expiredWaivers = List.copyOf(expiredWaivers);
    }

    /** Breaches that no active waiver covers. */
    public List<StandardViolation> open() {
        return violations.stream().filter(v -> !v.waived()).toList();
    }

    /** Open breaches per application. */
    public Map<String, Long> openByApplication() {
        return open().stream().collect(Collectors.groupingBy(StandardViolation::applicationId, TreeMap::new, Collectors.counting()));
    }

    public boolean conforms(String applicationId) {
        return open().stream().noneMatch(v -> v.applicationId().equals(applicationId));
    }
}
