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
 * votes. Hand it to {@link DecisionLog#record}, which checks the decider's rights.
 *
 * @param decisionType the kind of decision, an id; a {@link RaciMatrix} of this type names who is accountable
 * @param context      the situation that calls for a decision
 * @param options      the options weighed, at least one; copied
 * @param criteria     the criteria used, possibly none; copied
 * @param decision     the option chosen, one of {@code options}
 * @param rationale    why it was chosen
 * @param decidedBy    the person or committee (by {@link Committee#name()}) that decides, an id
 * @param amount       the spend it commits, checked against the {@link DelegationOfAuthority}; empty when none
 * @param votes        for a committee, member → vote; empty for a person; copied
 * @since 0.1
 */
public record DecisionRequest(String decisionType, String context, List<String> options, List<String> criteria,
                              String decision, String rationale, String decidedBy, Optional<Money> amount,
                              Map<String, Vote> votes) {

    /**
     * Checks the components.
     *
     * @param decisionType the kind of decision, an id; a {@link RaciMatrix} of this type names who is accountable
     * @param context      the situation that calls for a decision
     * @param options      the options weighed, at least one; copied
     * @param criteria     the criteria used, possibly none; copied
     * @param decision     the option chosen, one of {@code options}
     * @param rationale    why it was chosen
     * @param decidedBy    the person or committee (by {@link Committee#name()}) that decides, an id
     * @param amount       the spend it commits, checked against the {@link DelegationOfAuthority}; empty when none
     * @param votes        for a committee, member → vote; empty for a person; copied
     * @throws org.itm.core.ItmValidationException naming every problem: {@code decisionType} or
     *                                             {@code decidedBy} when not an id; {@code context},
     *                                             {@code decision} or {@code rationale} when blank;
     *                                             {@code options} when empty; {@code criteria}, {@code amount} or
     *                                             {@code votes} when null; {@code decision} when it is not one of
     *                                             the options
     */
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
