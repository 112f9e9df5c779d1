package org.itm.risk.vuln;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A finding's state with its deadline and the explanation.
 *
 * @param vulnerability the finding
 * @param state         where it stands
 * @param due           its deadline, if any
 * @param reason        why it is in this state
 * @since 0.1
 */
public record RemediationStatus(Vulnerability vulnerability, RemediationState state, Optional<RemediationDue> due,
                                String reason) {

    /**
     * Checks the components.
     *
     * @param vulnerability the finding
     * @param state         where it stands
     * @param due           its deadline, if any
     * @param reason        why it is in this state
     * @throws org.itm.core.ItmValidationException naming {@code vulnerability}, {@code state} or {@code due} when
     *                                             null; {@code reason} when blank
     */
    public RemediationStatus {
        Checks.notNull(vulnerability, "vulnerability");
        Checks.notNull(state, "state");
        Checks.notNull(due, "due");
        Checks.notBlank(reason, "reason");
    }

    /**
     * Whether this finding counts towards patch compliance.
     *
     * @return {@code false} when overdue or remediated late, {@code true} otherwise
     */
    public boolean isCompliant() {
        return state != RemediationState.OVERDUE && state != RemediationState.REMEDIATED_LATE;
    }
}
