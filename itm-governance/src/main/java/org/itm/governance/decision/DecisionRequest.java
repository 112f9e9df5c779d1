package org.itm.governance.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.core.money.Money;

/**
 * A decision someone wants to record: its type, the context, the options weighed and the criteria used, the chosen
 * option and why, who decides (a person or a committee), the spend it commits (if any) and, for a committee, the
 * votes.
 */
public record DecisionRequest(String decisionType, String context, List<String> options, List<String> criteria,
                              String decision, String rationale, String decidedBy, Optional<Money> amount,
                              Map<String, Vote> votes) {

    public DecisionRequest {
        Violations v = new Violations();
        v.check("decisionType", () -> Checks.id(decisionType, "decisionType"));
        v.require(context != null && !context.isBlank(), "context", "must not be blank");
        v.require(options != null && !options.isEmpty(), "options", "must not be empty");
        v.require(criteria != null, "criteria", "must not be null");
        v.require(decision != null && !decision.isBlank(), "decision", "must not be blank");
        v.require(rationale != null && !rationale.isBlank(), "rationale", "must not be blank");
        v.check("decidedBy", () -> Checks.id(decidedBy, "decidedBy"));
        v.require(amount != null, "amount", "must not be null (use Optional.empty())");
        v.require(votes != null, "votes", "must not be null");
        v.throwIfAny();
        options = List.copyOf(options);
        criteria = List.copyOf(criteria);
        votes = Map.copyOf(votes);
        v.require(options.contains(decision), "decision", "must be one of the options " + options + ", was " + decision);
        v.throwIfAny();
    }
}
