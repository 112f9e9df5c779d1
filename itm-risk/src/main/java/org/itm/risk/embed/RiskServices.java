package org.itm.risk.embed;

import java.util.Objects;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.validation.Violations;
import org.itm.risk.controls.ControlRepository;
import org.itm.risk.controls.ControlTestRepository;
import org.itm.risk.identity.CertificationCampaignRepository;
import org.itm.risk.register.RiskAppetite;
import org.itm.risk.register.RiskRepository;
import org.jspecify.annotations.Nullable;

/**
 * The risk and compliance records over one {@link ItmEnvironment}: risks with their treatments (indexed against the
 * appetite), controls, control test results and identity certification campaigns. Every repository lives in the
 * environment's store, so another instance on the same store (after a
 * restart) continues where this one stopped. {@link #builder(ItmEnvironment)} replaces any part.
 *
 * <pre>{@code
 * RiskServices risk = RiskServices.from(env, appetite);
 * risk.risks().findAll(risk.risks().aboveAppetite());
 * }</pre>
 *
 * @since 0.1
 */
public final class RiskServices {

    private final ItmEnvironment environment;
    private final RiskRepository risks;
    private final ControlRepository controls;
    private final ControlTestRepository controlTests;
    private final CertificationCampaignRepository certificationCampaigns;

    private RiskServices(ItmEnvironment env, Builder b) {
        this.environment = env;
        this.risks = b.risks != null ? b.risks : RiskRepository.documentStore(env.store(),
                Objects.requireNonNull(b.appetite));
        this.controls = b.controls != null ? b.controls : ControlRepository.documentStore(env.store());
        this.controlTests = b.controlTests != null ? b.controlTests : ControlTestRepository.documentStore(env.store());
        this.certificationCampaigns = b.certificationCampaigns != null ? b.certificationCampaigns :
                CertificationCampaignRepository.documentStore(env.store());
    }

    /**
     * The services with every default, in {@code env}'s store.
     *
     * @param env the environment
     * @param appetite the appetite the risk register's {@code aboveAppetite} index is computed against
     * @return the services
     * @throws ItmValidationException naming {@code environment} or {@code appetite} if null
     */
    public static RiskServices from(ItmEnvironment env, RiskAppetite appetite) {
        return builder(env).appetite(appetite).build();
    }

    /**
     * A builder over {@code env} to replace parts, e.g. a repository wrapped for auditing or on another store.
     *
     * @param env the environment; a null one is reported by {@link Builder#build()}
     * @return the builder; set the appetite (or replace the risks) before building
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
     * Risks and their treatments; {@link RiskRepository#aboveAppetite()} queries those above the appetite.
     *
     * @return the repository of {@link org.itm.risk.register.Risk}s
     */
    public RiskRepository risks() {
        return risks;
    }

    /**
     * The control library; it also finds the controls due for testing.
     *
     * @return the repository of {@link org.itm.risk.controls.Control}s
     */
    public ControlRepository controls() {
        return controls;
    }

    /**
     * The results of control tests.
     *
     * @return the repository of control test results
     */
    public ControlTestRepository controlTests() {
        return controlTests;
    }

    /**
     * Identity access certification campaigns and their reviewers' decisions.
     *
     * @return the repository of certification campaigns
     */
    public CertificationCampaignRepository certificationCampaigns() {
        return certificationCampaigns;
    }

    /** Replaces parts of {@link RiskServices}; every part not set gets its stored default. */
    public static final class Builder {
        private final @Nullable ItmEnvironment environment;
        private @Nullable RiskAppetite appetite;
        private @Nullable RiskRepository risks;
        private @Nullable ControlRepository controls;
        private @Nullable ControlTestRepository controlTests;
        private @Nullable CertificationCampaignRepository certificationCampaigns;
        private final Violations nulls = new Violations();

        private Builder(@Nullable ItmEnvironment environment) {
            this.environment = environment;
        }

        /**
         * Sets the appetite the risk repository's {@code aboveAppetite} index is computed against; required unless
         * {@link #risks} replaces the repository.
         *
         * @param value the appetite; a null one is reported by {@link #build()} as {@code appetite}
         * @return this builder
         */
        public Builder appetite(RiskAppetite value) {
            this.appetite = value;
            return this;
        }

        /**
         * Replaces {@link RiskServices#risks()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as {@code risks}
         * @return this builder
         */
        public Builder risks(RiskRepository value) {
            nulls.require(value != null, "risks", "must not be null");
            this.risks = value;
            return this;
        }

        /**
         * Replaces {@link RiskServices#controls()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as {@code controls}
         * @return this builder
         */
        public Builder controls(ControlRepository value) {
            nulls.require(value != null, "controls", "must not be null");
            this.controls = value;
            return this;
        }

        /**
         * Replaces {@link RiskServices#controlTests()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as {@code controlTests}
         * @return this builder
         */
        public Builder controlTests(ControlTestRepository value) {
            nulls.require(value != null, "controlTests", "must not be null");
            this.controlTests = value;
            return this;
        }

        /**
         * Replaces {@link RiskServices#certificationCampaigns()}.
         *
         * @param value the repository to use; a null one is reported by {@link #build()} as
         *              {@code certificationCampaigns}
         * @return this builder
         */
        public Builder certificationCampaigns(CertificationCampaignRepository value) {
            nulls.require(value != null, "certificationCampaigns", "must not be null");
            this.certificationCampaigns = value;
            return this;
        }

        /**
         * The services.
         *
         * @return the services
         * @throws ItmValidationException naming every bad setting at once: {@code environment} when null,
         *                                {@code appetite} when neither it nor the risks repository is set, or a
         *                                replaced repository that was null
         */
        public RiskServices build() {
            Violations v = new Violations();
            nulls.list().forEach(x -> v.add(x.path(), x.message()));
            v.require(environment != null, "environment", "must not be null");
            v.require(appetite != null || risks != null, "appetite", "must be set (or replace risks)");
            v.throwIfAny();
            return new RiskServices(Objects.requireNonNull(environment), this);
        }
    }
}
