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
     * A builder over {@code env} to replace parts.
     *
     * @param env the environment
     * @return the builder
     */
    public static Builder builder(ItmEnvironment env) {
        return new Builder(env);
    }

    /** The environment the services were built from. */
    public ItmEnvironment environment() {
        return environment;
    }

    /** Risks and their treatments; {@code aboveAppetite()} queries those above the appetite. */
    public RiskRepository risks() {
        return risks;
    }

    /** Controls (those due for testing). */
    public ControlRepository controls() {
        return controls;
    }

    /** Control test results. */
    public ControlTestRepository controlTests() {
        return controlTests;
    }

    /** Identity certification campaigns and their decisions. */
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

        /** Required: the appetite the risk register's {@code aboveAppetite} index is computed against. */
        public Builder appetite(RiskAppetite value) {
            this.appetite = value;
            return this;
        }

        /** Replaces {@link RiskServices#risks()}. */
        public Builder risks(RiskRepository value) {
            nulls.require(value != null, "risks", "must not be null");
            this.risks = value;
            return this;
        }

        /** Replaces {@link RiskServices#controls()}. */
        public Builder controls(ControlRepository value) {
            nulls.require(value != null, "controls", "must not be null");
            this.controls = value;
            return this;
        }

        /** Replaces {@link RiskServices#controlTests()}. */
        public Builder controlTests(ControlTestRepository value) {
            nulls.require(value != null, "controlTests", "must not be null");
            this.controlTests = value;
            return this;
        }

        /** Replaces {@link RiskServices#certificationCampaigns()}. */
        public Builder certificationCampaigns(CertificationCampaignRepository value) {
            nulls.require(value != null, "certificationCampaigns", "must not be null");
            this.certificationCampaigns = value;
            return this;
        }

        /**
         * The services.
         *
         * @return the services
         * @throws ItmValidationException naming every bad setting
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
