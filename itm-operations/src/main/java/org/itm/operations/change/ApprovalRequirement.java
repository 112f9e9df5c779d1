package org.itm.operations.change;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Who must approve a change and how their votes count.
 *
 * @param group     name of the approving body, e.g. {@code CAB}
 * @param approvers people allowed to vote; copied
 * @param mode      none, quorum or unanimity
 * @param quorum    approvals needed for QUORUM (1..approvers); ignored otherwise
 */
public record ApprovalRequirement(String group, List<String> approvers, ApprovalMode mode, int quorum) {

    public ApprovalRequirement {
        Violations v = new Violations();
        v.require(group != null && !group.isBlank(), "group", "must not be blank");
        v.require(approvers != null, "approvers", "must not be null");
        v.require(mode != null, "mode", "must not be null");
        v.throwIfAny();
        approvers = List.copyOf(approvers);
        v.require(mode == ApprovalMode.NONE || !approvers.isEmpty(), "approvers", "must name at least one approver");
        v.require(mode != ApprovalMode.QUORUM || (quorum >= 1 && quorum <= approvers.size()), "quorum",
                "must be between 1 and the number of approvers (" + approvers.size() + "), was " + quorum);
        v.require(approvers.stream().distinct().count() == approvers.size(), "approvers", "must not repeat a person");
        v.throwIfAny();
    }

    /** No approval needed (standard, pre-approved changes). */
    public static ApprovalRequirement preApproved() {
        return new ApprovalRequirement("pre-approved", List.of(), ApprovalMode.NONE, 0);
    }

    public static ApprovalRequirement quorum(String group, int quorum, String... approvers) {
        return new ApprovalRequirement(group, List.of(approvers), ApprovalMode.QUORUM, quorum);
    }

    public static ApprovalRequirement unanimous(String group, String... approvers) {
        return new ApprovalRequirement(group, List.of(approvers), ApprovalMode.UNANIMOUS, approvers.length);
    }

    /** Why this requirement, for people. */
    public String describe() {
        return switch (mode) {
            case NONE -> "pre-approved";
            case QUORUM -> group + ": " + quorum + " of " + approvers;
            case UNANIMOUS -> group + ": all of " + approvers;
        };
    }
}
