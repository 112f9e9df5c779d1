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
 * @param id                   identifier
 * @param title                short description
 * @param category             category for appetite (e.g. "security", "availability")
 * @param owner                accountable person
 * @param assets               linked services or assets
 * @param threats              threats that realise the risk
 * @param inherentLikelihood   likelihood level before controls
 * @param inherentImpact       impact level before controls
 * @param controls             ids of controls that reduce it
 * @param residualLikelihood   likelihood level with controls
 * @param residualImpact       impact level with controls
 * @param treatment            treatment plan, if decided
 * @param reviewEvery          review cadence
 * @param lastReviewed         last review date
 */
public record Risk(String id, String title, String category, String owner, Set<String> assets, List<String> threats,
                   int inherentLikelihood, int inherentImpact, Set<String> controls, int residualLikelihood,
                   int residualImpact, Optional<TreatmentPlan> treatment, Period reviewEvery, LocalDate lastReviewed) {

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

    public int inherentScore() {
        return inherentLikelihood * inherentImpact;
    }

    public int residualScore() {
        return residualLikelihood * residualImpact;
    }

    /** The date the next review is due. */
    public LocalDate nextReview() {
        return lastReviewed.plus(reviewEvery);
    }

    public static Builder builder(String id, String title, String category, String owner) {
        return new Builder(id, title, category, owner);
    }

    /** Builds a {@link Risk}; residual levels default to the inherent ones; {@link #build()} validates. */
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

        public Builder assets(String... ids) {
            this.assets = Set.of(ids);
            return this;
        }

        public Builder threats(String... names) {
            this.threats = List.of(names);
            return this;
        }

        public Builder inherent(int likelihood, int impact) {
            this.inherentLikelihood = likelihood;
            this.inherentImpact = impact;
            return this;
        }

        public Builder controls(String... ids) {
            this.controls = Set.of(ids);
            return this;
        }

        public Builder residual(int likelihood, int impact) {
            this.residualLikelihood = likelihood;
            this.residualImpact = impact;
            return this;
        }

        public Builder treatment(TreatmentPlan plan) {
            this.treatment = Optional.of(Checks.notNull(plan, "treatment"));
            return this;
        }

        public Builder review(Period every, LocalDate last) {
            this.reviewEvery = every;
            this.lastReviewed = last;
            return this;
        }

        public Risk build() {
            return new Risk(id, title, category, owner, assets, threats, inherentLikelihood, inherentImpact, controls,
                    residualLikelihood == null ? inherentLikelihood : residualLikelihood,
                    residualImpact == null ? inherentImpact : residualImpact, treatment, reviewEvery,
                    Checks.toValidate(lastReviewed));
        }
    }
}
