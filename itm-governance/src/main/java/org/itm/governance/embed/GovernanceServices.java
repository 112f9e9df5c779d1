package org.itm.governance.embed;

import java.util.Objects;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.validation.Violations;
import org.itm.governance.decision.DecisionRecordRepository;
import org.itm.governance.planning.PortfolioDecisionRepository;
import org.jspecify.annotations.Nullable;

/**
 * The governance records over one {@link ItmEnvironment}: decision-log records and portfolio (roadmap) decisions.
 * Every repository lives in the environment's store, so another instance on the same store (after a
 * restart) continues where this one stopped. {@link #builder(ItmEnvironment)} replaces any part.
 *
 * <pre>{@code
 * GovernanceServices gov = GovernanceServices.from(env);
 * gov.decisionRecords().findAll(gov.decisionRecords().query());
 * }</pre>
 *
 * @since 0.1
 */
public final class GovernanceServices {

    private final ItmEnvironment environment;
    private final DecisionRecordRepository decisionRecords;
    private final PortfolioDecisionRepository portfolioDecisions;

    private GovernanceServices(ItmEnvironment env, Builder b) {
        this.environment = env;
        this.decisionRecords = b.decisionRecords != null ? b.decisionRecords :
                DecisionRecordRepository.documentStore(env.store());
        this.portfolioDecisions = b.portfolioDecisions != null ? b.portfolioDecisions :
                PortfolioDecisionRepository.documentStore(env.store());
    }

    /**
     * The services with every default, in {@code env}'s store.
     *
     * @param env the environment
     * @return the services
     * @throws ItmValidationException naming {@code environment} if it is null
     */
    public static GovernanceServices from(ItmEnvironment env) {
        return builder(env).build();
    }

    /**
     * A builder over {@code env} to replace parts, e.g. a repository wrapped for auditing or on another store.
     *
     * @param env the environment; a null one is reported by {@link Builder#build()}
     * @return the builder
     */
    public static Builder builder(ItmEnvironment env) {
        return new Builder(env);
    }

    /**
     * The environment the services were built from, for its clock, store and outbox.
     *
     * @return the environment given to {@link #from} or {@link #builder}
     */
    public ItmEnvironment environment() {
        return environment;
    }

    /**
     * The decision log's records: each decision taken under the delegation of authority, in the environment's store
     * unless replaced.
     *
     * @return the repository of {@link org.itm.governance.decision.DecisionRecord}s
     */
    public DecisionRecordRepository decisionRecords() {
        return decisionRecords;
    }

    /**
     * The portfolio boards' decisions per planning cycle (selection and roadmap), in the environment's store unless
     * replaced.
     *
     * @return the repository of {@link org.itm.governance.planning.PortfolioDecision}s
     */
    public PortfolioDecisionRepository portfolioDecisions() {
        return portfolioDecisions;
    }

    /** Replaces parts of {@link GovernanceServices}; every part not set gets its stored default. */
    public static final class Builder {
        private final @Nullable ItmEnvironment environment;
        private @Nullable DecisionRecordRepository decisionRecords;
        private @Nullable PortfolioDecisionRepository portfolioDecisions;
        private final Violations nulls = new Violations();

        private Builder(@Nullable ItmEnvironment environment) {
            this.environment = environment;
        }

        /**
         * Replaces {@link GovernanceServices#decisionRecords()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as {@code decisionRecords}
         * @return this builder
         */
        public Builder decisionRecords(DecisionRecordRepository value) {
            nulls.require(value != null, "decisionRecords", "must not be null");
            this.decisionRecords = value;
            return this;
        }

        /**
         * Replaces {@link GovernanceServices#portfolioDecisions()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as
         *              {@code portfolioDecisions}
         * @return this builder
         */
        public Builder portfolioDecisions(PortfolioDecisionRepository value) {
            nulls.require(value != null, "portfolioDecisions", "must not be null");
            this.portfolioDecisions = value;
            return this;
        }

        /**
         * The services.
         *
         * @return the services
         * @throws ItmValidationException naming every bad setting at once: {@code environment},
         *                                {@code decisionRecords} or {@code portfolioDecisions} when null
         */
        public GovernanceServices build() {
            Violations v = new Violations();
            nulls.list().forEach(x -> v.add(x.path(), x.message()));
            v.require(environment != null, "environment", "must not be null");
            v.throwIfAny();
            return new GovernanceServices(Objects.requireNonNull(environment), this);
        }
    }
}
