package org.itm.operations.change;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * Chooses the approval path of a change from its type and assessed risk.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ApprovalPolicy {

    /**
     * Who must approve a change of {@code type} with {@code risk}. Called by {@link Change#assess} once per
     * assessment; an implementation should be a pure function of its arguments.
     *
     * @param type the change type after the standard-change check (out-of-template STANDARD arrives as NORMAL)
     * @param risk the assessed risk level
     * @return the approval requirement the change will be voted on with
     */
    ApprovalRequirement requirementFor(ChangeType type, RiskLevel risk);

    /**
     * The common path: standard changes are pre-approved (only those within their template reach this policy as
     * STANDARD, see {@link Change#assess(RiskAssessment, ApprovalPolicy, StandardChangeCatalog, java.time.Instant,
     * String)}); emergency changes need one member of the emergency CAB;
     * normal low-risk changes need {@code changeManager}; medium risk a quorum of half the CAB (rounded up);
     * high risk the whole CAB.
     *
     * @param changeManager who approves normal low-risk changes alone
     * @param cab           members of the change advisory board; copied by each requirement
     * @param ecab          members of the emergency CAB, any one of whom approves an emergency change
     * @return a stateless, thread-safe policy
     * @throws org.itm.core.ItmValidationException if {@code changeManager} is blank or {@code cab} or {@code ecab}
     *                                             is empty
     */
    static ApprovalPolicy typical(String changeManager, List<String> cab, List<String> ecab) {
        Checks.notBlank(changeManager, "changeManager");
        Checks.notEmpty(cab, "cab");
        Checks.notEmpty(ecab, "ecab");
        return (type, risk) -> switch (type) {
            case STANDARD -> ApprovalRequirement.preApproved();
            case EMERGENCY -> new ApprovalRequirement("ECAB", ecab, ApprovalMode.QUORUM, 1);
            case NORMAL -> switch (risk) {
                case LOW -> ApprovalRequirement.quorum("change-management", 1, changeManager);
                case MEDIUM -> new ApprovalRequirement("CAB", cab, ApprovalMode.QUORUM, (cab.size() + 1) / 2);
                case HIGH -> new ApprovalRequirement("CAB", cab, ApprovalMode.UNANIMOUS, cab.size());
            };
        };
    }
}
