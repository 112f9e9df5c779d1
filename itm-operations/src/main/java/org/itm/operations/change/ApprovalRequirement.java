package org.itm.operations.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Who must approve a change and how their votes count.
 *
 * @param group     name of the approving body, e.g. {@code CAB}
 * @param approvers people allowed to vote; copied
 * @param mode      none, quorum or unanimity
 * @param quorum    approvals needed for QUORUM (1..approvers); ignored otherwise
 * @since 0.1
 */
public record ApprovalRequirement(String group, List<String> approvers, ApprovalMode mode, int quorum) {

    /**
     * Checks the requirement can be met by its approvers.
     *
     * @param group     name of the approving body; not blank
     * @param approvers people allowed to vote; not empty unless {@code mode} is NONE, no one twice
     * @param mode      how votes count
     * @param quorum    approvals needed, 1 to {@code approvers.size()} when {@code mode} is QUORUM
     * @throws org.itm.core.ItmValidationException naming {@code group}, {@code approvers}, {@code mode} or
     *                                             {@code quorum}, for each that is missing or out of range
     */
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

    /**
     * No approval needed (standard, pre-approved changes).
     *
     * @return a NONE requirement that {@link #decide} always reports as APPROVED
     */
    public static ApprovalRequirement preApproved() {
        return new ApprovalRequirement("pre-approved", List.of(), ApprovalMode.NONE, 0);
    }

    /**
     * {@code quorum} approvals out of {@code approvers}; more rejections than leave {@code quorum} possible reject.
     *
     * @param group     name of the approving body, e.g. {@code CAB}
     * @param quorum    approvals needed, 1 to the number of approvers
     * @param approvers who may vote; no one twice
     * @return the requirement
     * @throws org.itm.core.ItmValidationException if {@code quorum} is out of range or an approver repeats
     */
    public static ApprovalRequirement quorum(String group, int quorum, String... approvers) {
        return new ApprovalRequirement(group, List.of(approvers), ApprovalMode.QUORUM, quorum);
    }

    /**
     * Every one of {@code approvers} must approve; a single rejection rejects.
     *
     * @param group     name of the approving body, e.g. {@code CAB}
     * @param approvers who must vote; at least one, no one twice
     * @return the requirement
     * @throws org.itm.core.ItmValidationException if there is no approver or one repeats
     */
    public static ApprovalRequirement unanimous(String group, String... approvers) {
        return new ApprovalRequirement(group, List.of(approvers), ApprovalMode.UNANIMOUS, approvers.length);
    }

    /**
     * Why this requirement, for people.
     *
     * @return e.g. {@code CAB: 2 of [ana, ben, carla]}, {@code CAB: all of [ana, ben]} or {@code pre-approved}
     */
    public String describe() {
        return switch (mode) {
            case NONE -> "pre-approved";
            case QUORUM -> group + ": " + quorum + " of " + approvers;
            case UNANIMOUS -> group + ": all of " + approvers;
        };
    }

    /**
     * How {@code votes} stand under this requirement when segregation of duties bars {@code requester} and the
     * current {@code implementer} from voting. Votes of people who are not approvers are ignored.
     *
     * <p>APPROVED and REJECTED follow from the votes alone (QUORUM: {@code quorum} approvals, or so many
     * rejections that {@code quorum} approvals are impossible; UNANIMOUS: every approver approves, or any one
     * rejects). Otherwise the status is UNREACHABLE when the approvers who may still vote cannot complete the
     * approval, else PENDING.
     *
     * @param votes       votes cast so far
     * @param requester   who requested the change
     * @param implementer who implements it, if named
     * @return the status with the reason
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public ApprovalDecision decide(List<ApprovalVote> votes, String requester, Optional<String> implementer) {
        Checks.notNull(votes, "votes");
        Checks.notNull(requester, "requester");
        Checks.notNull(implementer, "implementer");
        if (mode == ApprovalMode.NONE) {
            return new ApprovalDecision(ApprovalStatus.APPROVED, "pre-approved");
        }
        Set<String> voted = new LinkedHashSet<>();
        long yes = 0;
        long no = 0;
        for (ApprovalVote v : votes) {
            if (approvers.contains(v.approver()) && voted.add(v.approver())) {
                if (v.approve()) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        List<String> barred = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (String a : approvers) {
            if (voted.contains(a)) {
                continue;
            }
            if (a.equals(requester)) {
                barred.add(a + " requested this change and may not vote");
            } else if (implementer.filter(a::equals).isPresent()) {
                barred.add(a + " implements this change and may not vote");
            } else {
                open.add(a);
            }
        }
        String tally = describe() + "; " + yes + " approved, " + no + " rejected";
        int needed = mode == ApprovalMode.UNANIMOUS ? approvers.size() : quorum;
        if (mode == ApprovalMode.UNANIMOUS ? no > 0 : approvers.size() - no < quorum) {
            return new ApprovalDecision(ApprovalStatus.REJECTED, tally);
        }
        if (yes >= needed) {
            return new ApprovalDecision(ApprovalStatus.APPROVED, tally);
        }
        if (yes + open.size() < needed) {
            return new ApprovalDecision(ApprovalStatus.UNREACHABLE, tally + "; " + needed + " approvals are needed"
                    + " but only " + open + " may still vote: " + String.join(", ", barred));
        }
        return new ApprovalDecision(ApprovalStatus.PENDING, tally + "; waiting for " + open);
    }
}
