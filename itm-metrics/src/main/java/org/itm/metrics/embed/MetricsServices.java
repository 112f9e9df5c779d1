package org.itm.metrics.embed;

import java.util.Objects;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.validation.Violations;
import org.itm.metrics.improvement.ImprovementInitiativeRepository;
import org.itm.metrics.input.SurveyResponseRepository;
import org.jspecify.annotations.Nullable;

/**
 * The measurement records over one {@link ItmEnvironment}: improvement initiatives and survey (feedback) responses.
 * Every repository lives in the environment's store, so another instance on the same store (after a
 * restart) continues where this one stopped. {@link #builder(ItmEnvironment)} replaces any part. The services are
 * immutable; the repositories are as thread-safe as the store they write to.
 *
 * <pre>{@code
 * MetricsServices metrics = MetricsServices.from(env);
 * metrics.improvements().findAll(metrics.improvements().query());
 * }</pre>
 *
 * @since 0.1
 */
public final class MetricsServices {

    private final ItmEnvironment environment;
    private final ImprovementInitiativeRepository improvements;
    private final SurveyResponseRepository surveyResponses;

    private MetricsServices(ItmEnvironment env, Builder b) {
        this.environment = env;
        this.improvements = b.improvements != null ? b.improvements :
                ImprovementInitiativeRepository.documentStore(env.store());
        this.surveyResponses = b.surveyResponses != null ? b.surveyResponses :
                SurveyResponseRepository.documentStore(env.store());
    }

    /**
     * The services with every default, in {@code env}'s store.
     *
     * @param env the environment
     * @return the services
     * @throws ItmValidationException naming {@code environment} if it is null
     */
    public static MetricsServices from(ItmEnvironment env) {
        return builder(env).build();
    }

    /**
     * A builder over {@code env} to replace parts.
     *
     * @param env the environment
     * @return the builder
     */
    public static Builder builder(ItmEnvironment env) {
        return new Builder(env);
    }

    /**
     * The environment the services were built from, for its clock, ids and store.
     *
     * @return the environment passed to {@link #from} or {@link #builder}
     */
    public ItmEnvironment environment() {
        return environment;
    }

    /**
     * The continual improvement register's storage: initiatives with their PDCA stage and benefits.
     *
     * @return the repository of improvement initiatives
     */
    public ImprovementInitiativeRepository improvements() {
        return improvements;
    }

    /**
     * Storage of feedback survey responses, the input of the feedback KPIs.
     *
     * @return the repository of survey responses
     */
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    /** Replaces parts of {@link MetricsServices}; every part not set gets its stored default. */
    public static final class Builder {
        private final @Nullable ItmEnvironment environment;
        private @Nullable ImprovementInitiativeRepository improvements;
        private @Nullable SurveyResponseRepository surveyResponses;
        private final Violations nulls = new Violations();

        private Builder(@Nullable ItmEnvironment environment) {
            this.environment = environment;
        }

        /**
         * Replaces {@link MetricsServices#improvements()}, e.g. with a repository that also writes an audit trail.
         *
         * @param value the repository to use; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder improvements(ImprovementInitiativeRepository value) {
            nulls.require(value != null, "improvements", "must not be null");
            this.improvements = value;
            return this;
        }

        /**
         * Replaces {@link MetricsServices#surveyResponses()}.
         *
         * @param value the repository to use; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder surveyResponses(SurveyResponseRepository value) {
            nulls.require(value != null, "surveyResponses", "must not be null");
            this.surveyResponses = value;
            return this;
        }

        /**
         * The services.
         *
         * @return the services
         * @throws ItmValidationException naming every bad setting
         */
        public MetricsServices build() {
            Violations v = new Violations();
            nulls.list().forEach(x -> v.add(x.path(), x.message()));
            v.require(environment != null, "environment", "must not be null");
            v.throwIfAny();
            return new MetricsServices(Objects.requireNonNull(environment), this);
        }
    }
}
