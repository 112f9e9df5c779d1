package org.itm.metrics.input;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A risk-side fact at a point in time, one of three kinds: an assessed risk (score against appetite), a control
 * test (passed or failed), or a segregation-of-duties violation (open until resolved).
 *
 * @param id       id of the risk, control or violation
 * @param kind     which kind of fact this is
 * @param service  service or area concerned
 * @param owner    accountable owner or team
 * @param at       when it was assessed, tested or detected
 * @param score    residual risk score (RISK), else 0
 * @param appetite risk appetite for this risk's category (RISK), else 0
 * @param passed   whether the control test passed (CONTROL_TEST), else false
 * @param resolved when the SoD violation was resolved (SOD_VIOLATION)
 */
public record RiskItemRecord(String id, Kind kind, String service, String owner, Instant at, double score,
                             double appetite, boolean passed, Optional<Instant> resolved) {

    /** The kinds of risk fact. */
    public enum Kind { RISK, CONTROL_TEST, SOD_VIOLATION }

    public RiskItemRecord {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notBlank(service, "service");
        Checks.notBlank(owner, "owner");
        Checks.notNull(at, "at");
        Checks.notNegative(score, "score");
        Checks.notNegative(appetite, "appetite");
        Checks.notNull(resolved, "resolved");
    }

    public static RiskItemRecord risk(String id, String service, String owner, Instant assessed, double score,
                                      double appetite) {
        return new RiskItemRecord(id, Kind.RISK, service, owner, assessed, score, appetite, false, Optional.empty());
    }

    public static RiskItemRecord controlTest(String controlId, String service, String owner, Instant tested,
                                             boolean passed) {
        return new RiskItemRecord(controlId, Kind.CONTROL_TEST, service, owner, tested, 0, 0, passed,
                Optional.empty());
    }

    public static RiskItemRecord sodViolation(String id, String service, String owner, Instant detected,
                                              Optional<Instant> resolved) {
        return new RiskItemRecord(id, Kind.SOD_VIOLATION, service, owner, detected, 0, 0, false, resolved);
    }
}
