package org.itm.operations.change;

import java.util.List;
import org.itm.core.validation.Checks;

/** Chooses the approval path of a change from its type and assessed risk. */
@FunctionalInterface
public interface ApprovalPolicy {

    /** Who must approve a change of {@code type} with {@code risk}. */
    ApprovalRequirement requirementFor(ChangeType type, RiskLevel risk);

    /**
     * The common path: standard changes are pre-approved (only those within their template reach this policy as
     * STANDARD, see {@link Change#assess(RiskAssessment, ApprovalPolicy, StandardChangeCatalog, java.time.Instant,
     * String)}); emergency changes need one member of the emergency CAB;
     * normal low-risk changes need {@code changeManager}; medium risk a quorum of half the CAB (rounded up);
     * high risk the whole CAB.
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
