package org.itm.operations.problem.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.Outbox;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.Repository;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.DetectionScope;
import org.itm.operations.problem.ProblemProposal;
import org.itm.operations.problem.ProposalMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProposalMemory} in a document store: a proposal document, one claim per incident and the outbox entry of
 * the notification, in one batch; a claim that exists already makes the batch conflict, so overlapping proposals
 * of several processes cannot both be recorded.
 */
public final class StoredProposalMemory implements ProposalMemory {

    private static final Logger LOG = LoggerFactory.getLogger(StoredProposalMemory.class);

    private final Outbox outbox;
    private final String notifier;
    private final String channel;
    private final List<String> recipients;
    private final Severity severity;
    private final Clock clock;
    private final Repository<ProblemProposal> proposals;
    private final Repository<ProposalClaim> claims;
    /** Claims seen in the store; they are never removed, so a hit needs no second read. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public StoredProposalMemory(Outbox outbox, String notifier, String channel, List<String> recipients,
                                Severity severity, Clock clock) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.channel = channel;
        this.recipients = recipients;
        this.severity = severity;
        this.clock = clock;
        proposals = Repository.builder(ProblemProposal.class, PROPOSAL_TYPE)
                .id(p -> DocumentIds.forKey(ProposalMemory.setKey(p)))
                .index("scope", p -> p.scope().name())
                .index("target", ProblemProposal::target)
                .build(outbox.store());
        claims = Repository.builder(ProposalClaim.class, CLAIM_TYPE)
                .id(c -> ProposalClaim.documentId(c.scope(), c.incidentId()))
                .build(outbox.store());
    }

    @Override
    public Set<String> proposedAmong(DetectionScope scope, Collection<String> incidentIds) {
        Checks.notNull(scope, "scope");
        Set<String> out = new HashSet<>();
        for (String id : Checks.notNull(incidentIds, "incidentIds")) {
            String doc = ProposalClaim.documentId(scope, id);
            if (known.contains(doc) || claims.get(doc).isPresent()) {
                known.add(doc);
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public boolean record(ProblemProposal proposal) {
        Checks.notNull(proposal, "proposal");
        String setKey = ProposalMemory.setKey(proposal);
        List<Write> batch = new ArrayList<>();
        batch.add(proposals.toCreate(proposal));
        for (var incident : proposal.incidents()) {
            batch.add(claims.toCreate(new ProposalClaim(proposal.scope(), incident.value(), setKey)));
        }
        batch.add(outbox.enqueue(notifier, notification(proposal), clock.instant()));
        try {
            outbox.store().write(batch);
        } catch (StaleVersionException e) {
            LOG.debug("proposal {} not recorded: {} was written before", setKey, e.getMessage());
            return false;
        }
        proposal.incidents().forEach(i -> known.add(ProposalClaim.documentId(proposal.scope(), i.value())));
        return true;
    }

    private Notification notification(ProblemProposal p) {
        String key = ProposalMemory.idempotencyKey(p);
        return Notification.builder().channel(channel).recipients(recipients)
                .subject("Problem proposed: " + p.incidents().size() + " incidents on " + p.scope() + " " + p.target())
                .body(p.reason() + "\nincidents: " + String.join(", ", p.incidents().stream().map(i -> i.value())
                        .toList()))
                .severity(severity).correlationId(DocumentIds.forKey(ProposalMemory.setKey(p)))
                .deduplicationKey(key).idempotencyKey(key)
                .attribute("scope", p.scope().name()).attribute("category", p.category())
                .build();
    }
}
