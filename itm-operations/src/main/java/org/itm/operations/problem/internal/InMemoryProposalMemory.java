package org.itm.operations.problem.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.DetectionScope;
import org.itm.operations.problem.ProblemProposal;
import org.itm.operations.problem.ProposalMemory;

/** {@link ProposalMemory} in a set of (scope, incident) pairs. */
public final class InMemoryProposalMemory implements ProposalMemory {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public synchronized Set<String> proposedAmong(DetectionScope scope, Collection<String> incidentIds) {
        Checks.notNull(scope, "scope");
        Set<String> out = new HashSet<>();
        for (String id : Checks.notNull(incidentIds, "incidentIds")) {
            if (claimed.contains(scope + "|" + id)) {
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public synchronized boolean record(ProblemProposal proposal) {
        Checks.notNull(proposal, "proposal");
        List<String> keys = proposal.incidents().stream().map(i -> proposal.scope() + "|" + i.value()).toList();
        if (keys.stream().anyMatch(claimed::contains)) {
            return false;
        }
        claimed.addAll(keys);
        return true;
    }
}
