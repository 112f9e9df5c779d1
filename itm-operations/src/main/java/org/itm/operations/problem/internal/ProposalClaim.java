package org.itm.operations.problem.internal;

import org.itm.core.store.DocumentIds;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.DetectionScope;

/**
 * That incident {@code incidentId} is part of the proposal with set key {@code proposalKey} in {@code scope}; its
 * document id is derived from scope and incident, so an incident is claimed at most once per scope.
 *
 * @param scope       the detection scope
 * @param incidentId  the incident
 * @param proposalKey the proposal's set key
 */
public record ProposalClaim(DetectionScope scope, String incidentId, String proposalKey) {

    public ProposalClaim {
        Checks.notNull(scope, "scope");
        Checks.notBlank(incidentId, "incidentId");
        Checks.notBlank(proposalKey, "proposalKey");
        // the set key is scope|id,id,...: a claim names an incident of the proposal it belongs to
        Checks.require(proposalKey.startsWith(scope + "|")
                        && java.util.Arrays.asList(proposalKey.substring(scope.name().length() + 1).split(","))
                        .contains(incidentId), "proposalKey",
                "must be the set key of a proposal in scope " + scope + " that holds incident " + incidentId
                        + ", was '" + proposalKey + "'");
    }

    /** The document id of the claim of {@code incidentId} in {@code scope}. */
    public static String documentId(DetectionScope scope, String incidentId) {
        return DocumentIds.forKey(scope + "|" + incidentId);
    }
}
