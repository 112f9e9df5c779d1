package org.itm.risk.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * One risk of the register. Build with {@link #builder(String, String, String, String)}.
 *
 * @param id                 identifier
 * @param title              short description
 * @param category           category for appetite (e.g. "security", "availability")
 * @param owner              accountable person
 * @param assets             linked services or assets; copied
 * @param threats            threats that realise the risk; copied
 * @param inherentLikelihood likelihood level before controls, 1 or more (the register checks its scale)
 * @param inherentImpact     impact level before controls, 1 or more
 * @param controls           ids of controls that reduce it; copied
 * @param residualLikelihood likelihood level with controls, 1 or more
 * @param residualImpact     impact level with controls, 1 or more; the residual score may not exceed the inherent
 * @param treatment          treatment plan, if decided
 * @param reviewEvery        review cadence; a positive period
 * @param lastReviewed       last review date; the next is due {@code reviewEvery} later
 * @since 0.1
 */
public record Risk(String id, String title, String category, String owner, Set<String> assets, List<String> threats,
                   int inherentLikelihood, int inherentImpact, Set<String> controls, int residualLikelihood,
                   int residualImpact, Optional<TreatmentPlan> treatment, Period reviewEvery, LocalDate lastReviewed) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id                 identifier
     * @param title              short description; not blank
     * @param category           category for appetite; not blank
     * @param owner              accountable person; not blank
     * @param assets             linked services or assets
     * @param threats            threats that realise the risk
     * @param inherentLikelihood likelihood level before controls, 1 or more
     * @param inherentImpact     impact level before controls, 1 or more
     * @param controls           ids of controls that reduce it
     * @param residualLikelihood likelihood level with controls, 1 or more
     * @param residualImpact     impact level with controls, 1 or more
     * @param treatment          treatment plan, or empty
     * @param reviewEvery        review cadence; positive
     * @param lastReviewed       last review date
     * @throws org.itm.core.ItmValidationException naming every problem at once, e.g. {@code title} when blank, a
     *                                             level below 1, {@code residualImpact} when the residual score
     *                                             exceeds the inherent, {@code reviewEvery} when not positive
     */
    public Risk {
        Violations v = new Violations();
        v.check("id", () -> Checks.id(id, "id"));
        v.require(title != null && !title.isBlank(), "title", "must not be blank");
        v.require(category != null && !category.isBlank(), "category", "must not be blank");
        v.require(owner != null && !owner.isBlank(), "owner", "must not be blank");
        v.require(assets != null, "assets", "must not be null");
        v.require(threats != null, "threats", "must not be null");
        v.require(controls != null, "controls", "must not be null");
        v.require(inherentLikelihood >= 1, "inherentLikelihood", "must be a level >= 1");
        v.require(inherentImpact >= 1, "inherentImpact", "must be a level >= 1");
        v.require(residualLikelihood >= 1, "residualLikelihood", "must be a level >= 1");
        v.require(residualImpact >= 1, "residualImpact", "must be a level >= 1");
        v.require(residualLikelihood * residualImpact <= inherentLikelihood * inherentImpact, "residualImpact",
                "residual score must not exceed the inherent score");
        v.require(treatment != null, "treatment", "must not be null (use Optional.empty())");
        v.require(reviewEvery != null && !reviewEvery.isNegative() && !reviewEvery.isZero(), "reviewEvery",
                "must be a positive period");
        v.require(lastReviewed != null, "lastReviewed", "must not be null");
        v.throwIfAny();
        assets = Set.copyOf(assets);
        threats = List.copyOf(threats);
        controls = Set.copyOf(controls);
    }

    /**
     * The score before controls.
     *
     * @return inherent likelihood × inherent impact
     */
    public int inherentScore() {
        return inherentLikelihood * inherentImpact;
    }

    /**
     * The score with controls, compared with the category's appetite.
     *
     * @return residual likelihood × residual impact
     */
    public int residualScore() {
        return residualLikelihood * residualImpact;
    }

    /**
     * The date the next review is due.
     *
     * @return {@code lastReviewed} plus {@code reviewEvery}
     */
    public LocalDate nextReview() {
        return lastReviewed.plus(reviewEvery);
    }

    /**
     * Starts a risk. Defaults: no assets, threats or controls, inherent 1 × 1, residual equal to inherent, no
     * treatment, reviewed every 3 months; the last review date must be set with {@link Builder#review}.
     *
     * @param id       identifier
     * @param title    short description
     * @param category category for appetite
     * @param owner    accountable person
     * @return the builder; {@link Builder#build()} checks everything
     */
    public static Builder builder(String id, String title, String category, String owner) {
        return new Builder(id, title, category, owner);
    }

    /**
     * Builds a {@link Risk}; residual levels default to the inherent ones; {@link #build()} validates. Setters of
     * collections replace what was set before.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private final String category;
        private final String owner;
        private Set<String> assets = Set.of();
        private List<String> threats = List.of();
        private int inherentLikelihood = 1;
        private int inherentImpact = 1;
        private Set<String> controls = Set.of();
        private @Nullable Integer residualLikelihood;
        private @Nullable Integer residualImpact;
        private Optional<TreatmentPlan> treatment = Optional.empty();
        private Period reviewEvery = Period.ofMonths(3);
        private @Nullable LocalDate lastReviewed;

        private Builder(String id, String title, String category, String owner) {
            this.id = id;
            this.title = title;
            this.category = category;
            this.owner = owner;
        }

        /**
         * Sets the linked services or assets.
         *
         * @param ids their ids
         * @return this builder
         */
        public Builder assets(String... ids) {
            this.assets = Set.of(ids);
            return this;
        }

        /**
         * Sets the threats that realise the risk.
         *
         * @param names the threats, e.g. {@code ransomware}
         * @return this builder
         */
        public Builder threats(String... names) {
            this.threats = List.of(names);
            return this;
        }

        /**
         * Sets the levels before controls; 1 × 1 by default.
         *
         * @param likelihood likelihood level, 1 to the register's scale
         * @param impact     impact level, 1 to the register's scale
         * @return this builder
         */
        public Builder inherent(int likelihood, int impact) {
            this.inherentLikelihood = likelihood;
            this.inherentImpact = impact;
            return this;
        }

        /**
         * Sets the controls that reduce the risk.
         *
         * @param ids the controls' ids, e.g. as in {@code org.itm.risk.controls}
         * @return this builder
         */
        public Builder controls(String... ids) {
            this.controls = Set.of(ids);
            return this;
        }

        /**
         * Sets the levels with controls; the inherent levels by default.
         *
         * @param likelihood likelihood level, 1 to the register's scale
         * @param impact     impact level, 1 to the register's scale
         * @return this builder
         */
        public Builder residual(int likelihood, int impact) {
            this.residualLikelihood = likelihood;
            this.residualImpact = impact;
            return this;
        }

        /**
         * Sets the treatment plan.
         *
         * @param plan the plan
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code treatment} at once when null
         */
        public Builder treatment(TreatmentPlan plan) {
            this.treatment = Optional.of(Checks.notNull(plan, "treatment"));
            return this;
        }

        /**
         * Sets the review cadence and the last review; required, as there is no default last review.
         *
         * @param every the cadence, a positive period (3 months by default)
         * @param last  the last review date
         * @return this builder
         */
        public Builder review(Period every, LocalDate last) {
            this.reviewEvery = every;
            this.lastReviewed = last;
            return this;
        }

        /**
         * Builds the risk.
         *
         * @return the risk
         * @throws org.itm.core.ItmValidationException naming every problem at once, as the canonical constructor
         */
        public Risk build() {
            return new Risk(id, title, category, owner, assets, threats, inherentLikelihood, inherentImpact, controls,
                    residualLikelihood == null ? inherentLikelihood : residualLikelihood,
                    residualImpact == null ? inherentImpact : residualImpact, treatment, reviewEvery,
                    Checks.toValidate(lastReviewed));
        }
    }
}
