package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ApprovalDecisionProperties {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    /**
     * Against a brute force over every way the people still allowed to vote could vote: APPROVED / REJECTED
     * exactly when the votes cast already decide, otherwise PENDING exactly when some way of voting approves
     * and UNREACHABLE when none does.
     */
    @Property(tries = 400)
    void theStatusAgreesWithEveryWayTheRemainingVotesCouldGo(@ForAll @IntRange(min = 1, max = 5) int size,
                                                             @ForAll boolean unanimous,
                                                             @ForAll @IntRange(min = 1, max = 5) int quorumSeed,
                                                             @ForAll @IntRange(min = 0, max = 242) int voteSeed,
                                                             @ForAll @IntRange(min = -1, max = 4) int requesterAt,
                                                             @ForAll @IntRange(min = -1, max = 4) int implementerAt) {
        List<String> approvers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            approvers.add("p" + i);
        }
        int quorum = 1 + (quorumSeed - 1) % size;
        ApprovalRequirement r = unanimous ? ApprovalRequirement.unanimous("CAB", approvers.toArray(String[]::new))
                : ApprovalRequirement.quorum("CAB", quorum, approvers.toArray(String[]::new));
        String requester = requesterAt >= 0 && requesterAt < size ? "p" + requesterAt : "rita";
        Optional<String> implementer = implementerAt >= 0 && implementerAt < size
                ? Optional.of("p" + implementerAt) : Optional.empty();
        // each approver: 0 = not voted, 1 = approved, 2 = rejected (base-3 digits of voteSeed); the barred never vote
        List<ApprovalVote> votes = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int seed = voteSeed;
        for (String a : approvers) {
            int choice = seed % 3;
            seed /= 3;
            boolean barred = a.equals(requester) || implementer.filter(a::equals).isPresent();
            if (barred) {
                continue;
            }
            if (choice == 0) {
                open.add(a);
            } else {
                votes.add(new ApprovalVote(a, choice == 1, choice == 1 ? "" : "no", T));
            }
        }
        boolean canApprove = false;
        for (int mask = 0; mask < 1 << open.size(); mask++) {
            List<ApprovalVote> all = new ArrayList<>(votes);
            for (int i = 0; i < open.size(); i++) {
                boolean yes = (mask & (1 << i)) != 0;
                all.add(new ApprovalVote(open.get(i), yes, yes ? "" : "no", T));
            }
            long y = all.stream().filter(ApprovalVote::approve).count();
            boolean approved = unanimous ? y == size : y >= quorum;
            canApprove |= approved;
        }
        long yes = votes.stream().filter(ApprovalVote::approve).count();
        long no = votes.size() - yes;
        boolean approvedNow = unanimous ? yes == size : yes >= quorum;
        boolean rejectedNow = unanimous ? no > 0 : size - no < quorum;
        ApprovalStatus expected = approvedNow ? ApprovalStatus.APPROVED
                : rejectedNow ? ApprovalStatus.REJECTED
                : canApprove ? ApprovalStatus.PENDING
                : ApprovalStatus.UNREACHABLE;
        ApprovalDecision d = r.decide(votes, requester, implementer);
        assertThat(d.status()).as(d.reason()).isEqualTo(expected);
        if (expected == ApprovalStatus.UNREACHABLE) {
            // nothing the remaining voters do can approve it, and the reason names who is barred
            assertThat(canApprove).isFalse();
            assertThat(d.reason()).contains("may not vote");
        }
        if (expected == ApprovalStatus.PENDING) {
            assertThat(canApprove).isTrue();
        }
    }
}
