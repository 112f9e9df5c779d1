package org.itm.risk.vuln;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Patch management status of a set of findings at the clock's current instant: each finding's state,
 * the overdue ones, patch compliance and mean time to remediate.
 *
 * @param statuses           every finding with a deadline or not, in input order
 * @param compliancePercent  compliant findings (not overdue, not fixed late) as a percentage of findings with a
 *                           deadline, two decimals half-up; 100.00 when none has a deadline
 * @param meanTimeToRemediate mean of remediation time over fixed findings, if any
 * @since 0.1
 */
public record PatchReport(List<RemediationStatus> statuses, BigDecimal compliancePercent,
                          Optional<Duration> meanTimeToRemediate) {

    /**
     * Checks the components and copies the collections.
     *
     * @param statuses           every finding with a deadline or not, in input order
     * @param compliancePercent  compliant findings (not overdue, not fixed late) as a percentage of findings with a
     *                           deadline, two decimals half-up; 100.00 when none has a deadline
     * @param meanTimeToRemediate mean of remediation time over fixed findings, if any
     * @throws org.itm.core.ItmValidationException naming {@code statuses}, {@code compliancePercent} or
     *                                             {@code meanTimeToRemediate} when null
     */
    public PatchReport {
        statuses = List.copyOf(Checks.notNull(statuses, "statuses"));
        Checks.notNull(compliancePercent, "compliancePercent");
        Checks.notNull(meanTimeToRemediate, "meanTimeToRemediate");
    }

    /**
     * Evaluates {@code findings} under {@code policy} with the given exceptions at {@code clock}'s instant.
     *
     * @param findings   the vulnerabilities, open or remediated
     * @param policy     the remediation deadlines
     * @param exceptions approved exceptions; an active one covers its finding
     * @param clock      gives the instant to judge at
     * @return one status per finding, the share of findings with a deadline that comply (two decimals, half-up) and
     *         the mean time to remediate of the fixed ones
     * @throws org.itm.core.ItmValidationException naming {@code findings}, {@code policy}, {@code exceptions} or
     *                                             {@code clock} when null
     */
    public static PatchReport evaluate(Collection<Vulnerability> findings, RemediationPolicy policy,
                                       Collection<RemediationException> exceptions, Clock clock) {
        Checks.notNull(findings, "findings");
        Checks.notNull(policy, "policy");
        Checks.notNull(exceptions, "exceptions");
        Checks.notNull(clock, "clock");
        Instant now = clock.instant();
        Map<String, RemediationException> byFinding = new HashMap<>();
        for (RemediationException e : exceptions) {
            byFinding.merge(e.vulnerabilityId(), e, (a, b) -> a.expiresAt().isAfter(b.expiresAt()) ? a : b);
        }
        List<RemediationStatus> statuses = new ArrayList<>();
        int withDeadline = 0;
        int compliant = 0;
        Duration totalFix = Duration.ZERO;
        int fixed = 0;
        for (Vulnerability v : findings) {
            RemediationStatus s = status(v, policy, Optional.ofNullable(byFinding.get(v.id())), now);
            statuses.add(s);
            if (s.due().isPresent()) {
                withDeadline++;
                if (s.isCompliant()) {
                    compliant++;
                }
            }
            if (v.remediatedAt().isPresent()) {
                totalFix = totalFix.plus(Duration.between(v.detectedAt(), v.remediatedAt().get()));
                fixed++;
            }
        }
        BigDecimal percent = withDeadline == 0 ? new BigDecimal("100.00")
                : BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(withDeadline), 2, RoundingMode.HALF_UP);
        Optional<Duration> mttr = fixed == 0 ? Optional.empty() : Optional.of(totalFix.dividedBy(fixed));
        return new PatchReport(statuses, percent, mttr);
    }

    /**
     * The state of one finding at {@code now}.
     *
     * @param v         the finding
     * @param policy    the remediation deadlines
     * @param exception an approved exception of the finding, if any
     * @param now       the instant to judge at
     * @return its state (no deadline, open, overdue, excepted, remediated on time or late) with the deadline and why
     */
    public static RemediationStatus status(Vulnerability v, RemediationPolicy policy,
                                           Optional<RemediationException> exception, Instant now) {
        Optional<RemediationDue> due = policy.due(v);
        if (due.isEmpty()) {
            return new RemediationStatus(v, RemediationState.NO_DEADLINE, due,
                    "the policy sets no deadline for severity " + v.severity().label());
        }
        Instant deadline = due.get().due();
        if (v.remediatedAt().isPresent()) {
            boolean late = v.remediatedAt().get().isAfter(deadline);
            return new RemediationStatus(v, late ? RemediationState.REMEDIATED_LATE : RemediationState.REMEDIATED_ON_TIME,
                    due, "fixed " + v.remediatedAt().get() + (late ? " after" : " by") + " " + deadline + " ("
                    + due.get().reason() + ")");
        }
        if (!now.isAfter(deadline)) {
            return new RemediationStatus(v, RemediationState.OPEN_WITHIN_SLA, due,
                    "open, due " + deadline + " (" + due.get().reason() + ")");
        }
        if (exception.isPresent() && exception.get().isActiveAt(now)) {
            return new RemediationStatus(v, RemediationState.EXCEPTED, due, "past due " + deadline
                    + " under an exception approved by " + exception.get().approvedBy() + " until "
                    + exception.get().expiresAt());
        }
        String expired = exception.map(e -> "; exception expired " + e.expiresAt()).orElse("");
        return new RemediationStatus(v, RemediationState.OVERDUE, due, "overdue since " + deadline + " ("
                + due.get().reason() + ")" + expired);
    }

    /**
     * The overdue findings: open past their deadline with no active exception.
     *
     * @return their statuses, in the order evaluated
     */
    public List<RemediationStatus> overdue() {
        return statuses.stream().filter(s -> s.state() == RemediationState.OVERDUE).toList();
    }
}
