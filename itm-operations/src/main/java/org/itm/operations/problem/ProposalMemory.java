package org.itm.operations.problem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.Outbox;
import org.itm.core.store.DocumentIds;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.operations.problem.internal.InMemoryProposalMemory;
import org.itm.operations.problem.internal.StoredProposalMemory;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ProblemDetector} has proposed, so that no incident is part of two proposals: in memory, or in a
 * document store ({@link #builder(Outbox)}), where a proposal, the claims of its incidents and the outbox entry of
 * its notification are written in one atomic batch, so a process killed at any moment and started again neither
 * proposes the same incidents twice nor forgets to notify a proposal it made.
 *
 * <pre>{@code
 * ProposalMemory memory = ProposalMemory.builder(outbox).notifier("ops-webhook").channel("webhook")
 *         .recipients("problem-managers").clock(clock).build();
 * ProblemDetector detector = ProblemDetector.create(DetectionScope.CI, 3, Duration.ofDays(7)).withMemory(memory);
 * detector.detect(recentIncidents);       // recorded and notified through the outbox, each set once
 * }</pre>
 *
 * @since 0.1
 */
public interface ProposalMemory {

    /** Document type of stored proposals. */
    String PROPOSAL_TYPE = "problem-proposal";
    /** Document type of the claim each proposed incident leaves, one per scope and incident. */
    String CLAIM_TYPE = "problem-proposal-incident";

    /**
     * The incidents among {@code incidentIds} that were part of a proposal recorded for {@code scope}.
     *
     * @param scope       the detection scope
     * @param incidentIds incident ids
     * @return those proposed before
     */
    Set<String> proposedAmong(DetectionScope scope, Collection<String> incidentIds);

    /**
     * Records {@code proposal} unless one of its incidents was proposed before in its scope (then nothing is
     * written); a stored memory records its notification in the same batch.
     *
     * @param proposal the proposal
     * @return true if it was recorded, false if an incident of it was claimed already
     */
    boolean record(ProblemProposal proposal);

    /**
     * The idempotency key of the notification of {@code proposal}: the same for the same scope and incident set in
     * every JVM, whatever the proposal's other fields.
     *
     * @param proposal the proposal
     * @return {@code problem-proposal:} and a digest of its scope and sorted incident ids
     */
    static String idempotencyKey(ProblemProposal proposal) {
        return "problem-proposal:" + DocumentIds.forKey(setKey(proposal));
    }

    /**
     * The natural key of a proposal's incident set: scope and sorted incident ids.
     *
     * @param proposal the proposal
     * @return the key
     */
    static String setKey(ProblemProposal proposal) {
        Checks.notNull(proposal, "proposal");
        List<String> ids = new ArrayList<>(proposal.incidents().stream().map(i -> i.value()).sorted().toList());
        return proposal.scope() + "|" + String.join(",", ids);
    }

    /**
     * A memory in this JVM only, forgotten on restart. Thread-safe.
     *
     * @return a new, empty memory
     */
    static ProposalMemory inMemory() {
        return new InMemoryProposalMemory();
    }

    /**
     * Starts a memory in {@code outbox}'s store.
     *
     * @param outbox the outbox proposals are notified through
     * @return the builder
     */
    static Builder builder(Outbox outbox) {
        return new Builder(outbox);
    }

    /** Configures a stored memory: notifier, recipients and clock are required; channel and severity have defaults. */
    final class Builder {
        private final @Nullable Outbox outbox;
        private @Nullable String notifier;
        private String channel = "webhook";
        private List<String> recipients = List.of();
        private Severity severity = Severity.WARNING;
        private @Nullable Clock clock;

        private Builder(@Nullable Outbox outbox) {
            this.outbox = outbox;
        }

        /**
         * The name of the notifier that delivers the proposals (see {@link org.itm.core.notify.Notifier#name()}).
         *
         * @param name the notifier name; required
         * @return this builder
         */
        public Builder notifier(String name) {
            this.notifier = name;
            return this;
        }

        /**
         * The notification channel, {@code webhook} unless set.
         *
         * @param name the channel, e.g. {@code email}
         * @return this builder
         */
        public Builder channel(String name) {
            this.channel = name;
            return this;
        }

        /**
         * Who is told of a proposal (e.g. the problem managers' group).
         *
         * @param people recipient addresses or ids; at least one
         * @return this builder
         */
        public Builder recipients(String... people) {
            this.recipients = people == null ? List.of() : Arrays.asList(people);
            return this;
        }

        /**
         * The notification severity, WARNING unless set.
         *
         * @param level the severity
         * @return this builder
         */
        public Builder severity(Severity level) {
            this.severity = level;
            return this;
        }

        /**
         * When proposals are recorded: the outbox entries are due from then.
         *
         * @param source the clock; required
         * @return this builder
         */
        public Builder clock(Clock source) {
            this.clock = source;
            return this;
        }

        /**
         * The memory (declares its types in the outbox's store).
         *
         * @return the memory
         * @throws org.itm.core.ItmValidationException naming every missing or bad setting
         */
        public ProposalMemory build() {
            Violations v = new Violations();
            v.require(outbox != null, "outbox", "must not be null");
            v.require(notifier != null && !notifier.isBlank(), "notifier", "must be set: who delivers the proposals");
            v.require(channel != null && !channel.isBlank(), "channel", "must not be blank");
            v.require(recipients != null && !recipients.isEmpty()
                    && recipients.stream().allMatch(r -> r != null && !r.isBlank()), "recipients",
                    "must name at least one recipient and no blank one");
            v.require(severity != null, "severity", "must not be null");
            v.require(clock != null, "clock", "must be set: when proposals are recorded");
            v.throwIfAny();
            return new StoredProposalMemory(Objects.requireNonNull(outbox), Objects.requireNonNull(notifier), channel,
                    List.copyOf(recipients), Objects.requireNonNull(severity), Objects.requireNonNull(clock));
        }
    }
}
