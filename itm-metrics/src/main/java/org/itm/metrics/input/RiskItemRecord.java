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
 * @since 0.1
 */
public record RiskItemRecord(String id, Kind kind, String service, String owner, Instant at, double score,
                             double appetite, boolean passed, Optional<Instant> resolved) {

    /** The kinds of risk fact. */
    public enum Kind {
        /** An assessed risk, with its residual score and the appetite it is judged against. */
        RISK,
        /** A test of a control, passed or failed. */
        CONTROL_TEST,
        /** A segregation-of-duties violation, open until resolved. */
        SOD_VIOLATION
    }

    /**
     * A risk fact; prefer the factories of each kind.
     *
     * @param id id of the risk, control or violation
     * @param kind which kind of fact this is
     * @param service service or area concerned
     * @param owner accountable owner or team
     * @param at when it was assessed, tested or detected
     * @param score residual risk score (RISK), else 0
     * @param appetite risk appetite for this risk's category (RISK), else 0
     * @param passed whether the control test passed (CONTROL_TEST), else false
     * @param resolved when the SoD violation was resolved (SOD_VIOLATION)
     * @throws org.itm.core.ItmValidationException if a text is blank, a score is negative or an argument is null
     */
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

    /**
     * An assessed risk, for the risks-above-appetite KPIs.
     *
     * @param id the risk's id
     * @param service service or area concerned
     * @param owner accountable owner or team
     * @param assessed when it was assessed: places it in a window
     * @param score residual risk score, 0 or more
     * @param appetite the appetite for its category, 0 or more, on the same scale as {@code score}
     * @return the record
     * @throws org.itm.core.ItmValidationException if a text is blank, a number is negative or an argument is null
     */
    public static RiskItemRecord risk(String id, String service, String owner, Instant assessed, double score,
                                      double appetite) {
        return new RiskItemRecord(id, Kind.RISK, service, owner, assessed, score, appetite, false, Optional.empty());
    }

    /**
     * A control test, for the control effectiveness KPIs.
     *
     * @param controlId the tested control
     * @param service service or area concerned
     * @param owner the control's owner
     * @param tested when it was tested: places it in a window
     * @param passed whether the test passed
     * @return the record
     * @throws org.itm.core.ItmValidationException if a text is blank or an argument is null
     */
    public static RiskItemRecord controlTest(String controlId, String service, String owner, Instant tested,
                                             boolean passed) {
        return new RiskItemRecord(controlId, Kind.CONTROL_TEST, service, owner, tested, 0, 0, passed,
                Optional.empty());
    }

    /**
     * A segregation-of-duties violation, for the open-violation KPIs.
     *
     * @param id the violation's id
     * @param service service or area concerned
     * @param owner who must resolve it
     * @param detected when it was detected: places it in a window
     * @param resolved when it was resolved, or empty while open
     * @return the record
     * @throws org.itm.core.ItmValidationException if a text is blank or an argument is null
     */
    public static RiskItemRecord sodViolation(String id, String service, String owner, Instant detected,
                                              Optional<Instant> resolved) {
        return new RiskItemRecord(id, Kind.SOD_VIOLATION, service, owner, detected, 0, 0, false, resolved);
    }
}
