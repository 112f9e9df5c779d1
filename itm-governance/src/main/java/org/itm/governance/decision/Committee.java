package org.itm.governance.decision;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A steering committee or board: members, a chair (a member), the quorum (members who must vote, abstentions
 * included), the voting rule, and whether the chair can veto a motion by voting against it.
 */
public record Committee(String name, Set<String> members, String chair, int quorum, VotingRule rule, boolean chairVeto) {

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

    /** Counts the votes; votes by non-members are rejected with an {@code ItmValidationException}. */
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
