package org.itm.governance.decision;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A steering committee or board: members, a chair (a member), the quorum (members who must vote, abstentions
 * included), the voting rule, and whether the chair can veto a motion by voting against it. Register it with
 * {@link DecisionLog#committee}; a request decided by the committee then carries its members' votes.
 *
 * @param name      the committee's id, used as {@link DecisionRequest#decidedBy()} and in RACI matrices
 * @param members   member ids, at least one; copied
 * @param chair     the member who chairs
 * @param quorum    how many members must vote (abstaining counts) for a vote to count, 1 to the number of members
 * @param rule      how FOR and AGAINST votes carry a motion
 * @param chairVeto whether the chair voting AGAINST defeats the motion whatever the others vote
 * @since 0.1
 */
public record Committee(String name, Set<String> members, String chair, int quorum, VotingRule rule, boolean chairVeto) {

    /**
     * Checks the components.
     *
     * @param name      the committee's id, used as {@link DecisionRequest#decidedBy()} and in RACI matrices
     * @param members   member ids, at least one; copied
     * @param chair     the member who chairs
     * @param quorum    how many members must vote (abstaining counts) for a vote to count, 1 to the number of members
     * @param rule      how FOR and AGAINST votes carry a motion
     * @param chairVeto whether the chair voting AGAINST defeats the motion whatever the others vote
     * @throws org.itm.core.ItmValidationException naming every problem: {@code name} when not an id,
     *                                             {@code members} when null or empty, {@code rule} when null,
     *                                             {@code chair} when not a member, {@code quorum} when outside 1 to
     *                                             the number of members
     */
    public Committee {
        Violations v = new Violations();
        v.check("name", () -> Checks.id(name, "name"));
        v.require(members != null && !members.isEmpty(), "members", "must not be empty");
        v.require(rule != null, "rule", "must not be null");
        v.throwIfAny();
        members = Set.copyOf(members);
        v.require(members.contains(chair), "chair", "must be a member, was " + chair);
        v.require(quorum >= 1 && quorum <= members.size(), "quorum", "must be between 1 and " + members.size() + ", was " + quorum);
        v.throwIfAny();
    }

    /**
     * Counts the votes. Without quorum the motion fails; then a chair's veto defeats it; otherwise the rule decides
     * over the FOR and AGAINST votes.
     *
     * @param votes member → vote, for the members who voted; members absent from the map did not vote
     * @return whether the motion carried, the counts and the reason, e.g.
     *         {@code "carried by majority: 2 for, 0 against, 1 abstained"} or
     *         {@code "no quorum: 1 of 3 members voted, 2 required"}
     * @throws org.itm.core.ItmValidationException naming {@code votes} when null, or {@code votes[WHO]} for a vote
     *                                             by a non-member or a null vote
     */
    public VoteOutcome decide(Map<String, Vote> votes) {
        Checks.notNull(votes, "votes");
        Violations v = new Violations();
        votes.forEach((who, vote) -> {
            v.require(members.contains(who), "votes[" + who + "]", "is not a member of " + name);
            v.require(vote != null, "votes[" + who + "]", "must not be null");
        });
        v.throwIfAny();
        int present = votes.size();
        int yes = (int) votes.values().stream().filter(x -> x == Vote.FOR).count();
        int no = (int) votes.values().stream().filter(x -> x == Vote.AGAINST).count();
        int abstain = present - yes - no;
        if (present < quorum) {
            return new VoteOutcome(false, present, yes, no, abstain,
                    "no quorum: " + present + " of " + members.size() + " members voted, " + quorum + " required");
        }
        if (chairVeto && votes.get(chair) == Vote.AGAINST) {
            return new VoteOutcome(false, present, yes, no, abstain, "vetoed by the chair " + chair);
        }
        int cast = yes + no;
        boolean carried = switch (rule) {
            case MAJORITY -> 2 * yes > cast;
            case SUPER_MAJORITY -> cast > 0 && 3 * yes >= 2 * cast;
            case UNANIMITY -> no == 0 && yes > 0;
        };
        String tally = yes + " for, " + no + " against, " + abstain + " abstained";
        return new VoteOutcome(carried, present, yes, no, abstain,
                (carried ? "carried by " : "failed under ") + rule.name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + tally);
    }
}
