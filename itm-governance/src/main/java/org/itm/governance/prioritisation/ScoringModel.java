package org.itm.governance.prioritisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A weighted scoring model: criteria with weights (rescaled to sum to 1), a normalisation and a policy for
 * missing scores. {@link #rank(Map)} scores every item and explains each score by criterion.
 *
 * <pre>{@code
 * ScoringModel model = ScoringModel.builder()
 *     .criterion("value", 0.5, CriterionDirection.BENEFIT)
 *     .criterion("effort", 0.3, CriterionDirection.COST)
 *     .criterion("risk", 0.2, CriterionDirection.COST)
 *     .missingScores(MissingScorePolicy.MEAN)
 *     .build();
 * Ranking r = model.rank(Map.of("INI-1", Map.of("value", 8.0, "effort", 3.0, "risk", 2.0), ...));
 * }</pre>
 *
 * @since 0.1
 */
public final class ScoringModel {

    private final Map<String, Double> weights;
    private final Map<String, CriterionDirection> directions;
    private final Normalisation normalisation;
    private final MissingScorePolicy missing;

    private ScoringModel(Builder b, Map<String, Double> weights) {
        this.weights = weights;
        this.directions = Map.copyOf(b.directions);
        this.normalisation = b.normalisation;
        this.missing = b.missing;
    }

    /**
     * Starts a model: no criteria, {@link Normalisation#MIN_MAX}, {@link MissingScorePolicy#REJECT}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The weights after rescaling to sum to 1, in declaration order: weights 5, 3 and 2 become 0.5, 0.3 and 0.2.
     *
     * @return criterion → weight, unmodifiable
     */
    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    /**
     * Scores and ranks items. Keys of the outer map are item ids; inner maps give raw scores by criterion id.
     * Scores for criteria the model does not know are rejected, so a typo cannot silently drop a criterion.
     * An item's score is the sum over criteria of normalised score × weight.
     *
     * @param scores item id → (criterion id → raw score); a criterion may be missing, handled by the model's
     *               {@link MissingScorePolicy}
     * @return the ranking, best first, ties by id
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code scores[ID].CRITERION} for a
     *                                             criterion the model does not know, a null or non-finite score, or a
     *                                             negative score under {@link Normalisation#MAX}; with
     *                                             {@link MissingScorePolicy#REJECT}, every missing score
     */
    public Ranking rank(Map<String, Map<String, Double>> scores) {
        Checks.notNull(scores, "scores");
        Violations v = new Violations();
        List<String> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.naturalOrder());
        for (String id : ids) {
            Checks.notBlank(id, "scores[]");
            Map<String, Double> s = Checks.notNull(scores.get(id), "scores[" + id + "]");
            for (var e : s.entrySet()) {
                v.require(weights.containsKey(e.getKey()), "scores[" + id + "]." + e.getKey(), "is not a criterion of the model");
                v.require(e.getValue() != null && Double.isFinite(e.getValue()), "scores[" + id + "]." + e.getKey(),
                        "must be a finite number");
                if (normalisation == Normalisation.MAX && e.getValue() != null) {
                    v.require(e.getValue() >= 0, "scores[" + id + "]." + e.getKey(), "must not be negative with MAX normalisation");
                }
            }
            if (missing == MissingScorePolicy.REJECT) {
                weights.keySet().stream().filter(c -> !s.containsKey(c))
                        .forEach(c -> v.add("scores[" + id + "]." + c, "is missing and the missing-score policy is REJECT"));
            }
        }
        v.throwIfAny();

        Map<String, double[]> stats = new LinkedHashMap<>();
        for (String c : weights.keySet()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (String id : ids) {
                Double x = Objects.requireNonNull(scores.get(id)).get(c);
                if (x != null) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            double sum = 0;
            int n = 0;
            double worst = Double.POSITIVE_INFINITY;
            for (String id : ids) {
                Double x = Objects.requireNonNull(scores.get(id)).get(c);
                if (x != null) {
                    double norm = normalise(x, min, max, Objects.requireNonNull(directions.get(c)));
                    sum += norm;
                    n++;
                    worst = Math.min(worst, norm);
                }
            }
            stats.put(c, new double[] {min, max, n == 0 ? 0 : sum / n, n == 0 ? 0 : worst, n});
        }

        List<RankedItem> unranked = new ArrayList<>();
        for (String id : ids) {
            Map<String, Double> s = Objects.requireNonNull(scores.get(id));
            double present = weights.entrySet().stream().filter(e -> s.containsKey(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            List<CriterionScore> parts = new ArrayList<>();
            double total = 0;
            for (var e : weights.entrySet()) {
                String c = e.getKey();
                double[] st = Objects.requireNonNull(stats.get(c));
                Double x = s.get(c);
                double w = e.getValue();
                double norm;
                String note = "";
                if (x != null) {
                    norm = normalise(x, st[0], st[1], Objects.requireNonNull(directions.get(c)));
                    if (missing == MissingScorePolicy.RENORMALISE && present > 0) {
                        w = w / present;
                    }
                } else {
                    switch (missing) {
                        case WORST -> {
                            norm = st[3];
                            note = "missing, scored as the worst observed";
                        }
                        case MEAN -> {
                            norm = st[2];
                            note = "missing, scored as the mean of " + (int) st[4] + " items";
                        }
                        default -> {
                            norm = 0;
                            w = 0;
                            note = "missing, left out and the other weights rescaled";
                        }
                    }
                }
                double contribution = w * norm;
                total += contribution;
                parts.add(new CriterionScore(c, x == null ? Double.NaN : x, norm, w, contribution, note));
            }
            unranked.add(new RankedItem(id, 1, total, parts));
        }
        return rankByScore("weighted scoring (" + normalisation + ", missing scores: " + missing + ")", unranked);
    }

    static Ranking rankByScore(String method, List<RankedItem> unranked) {
        List<RankedItem> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparingDouble(RankedItem::score).reversed().thenComparing(RankedItem::id));
        List<RankedItem> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RankedItem r = sorted.get(i);
            ranked.add(new RankedItem(r.id(), i + 1, r.score(), r.breakdown()));
        }
        return new Ranking(method, ranked);
    }

    private double normalise(double x, double min, double max, CriterionDirection d) {
        boolean benefit = d == CriterionDirection.BENEFIT;
        return switch (normalisation) {
            case NONE -> benefit ? x : -x;
            case MIN_MAX -> max == min ? 1.0 : benefit ? (x - min) / (max - min) : (max - x) / (max - min);
            case MAX -> {
                if (benefit) {
                    yield max == 0 ? 1.0 : x / max;
                }
                yield x == 0 ? 1.0 : min / x;
            }
        };
    }

    /** Builds a {@link ScoringModel}; {@link #build()} reports every invalid setting. */
    public static final class Builder {
        private final Map<String, Double> rawWeights = new LinkedHashMap<>();
        private final Map<String, CriterionDirection> directions = new LinkedHashMap<>();
        private final List<String> duplicates = new ArrayList<>();
        private Normalisation normalisation = Normalisation.MIN_MAX;
        private MissingScorePolicy missing = MissingScorePolicy.REJECT;

        private Builder() {
        }

        /**
         * Declares a criterion; weights are rescaled to sum to 1 by {@link #build()}.
         *
         * @param id        the criterion's id, as in the scores
         * @param weight    its relative weight, finite and zero or more (checked by {@link #build()})
         * @param direction whether high or low raw scores are better
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code criterion} when {@code id} is not an id
         *                                             or {@code direction} when null
         */
        public Builder criterion(String id, double weight, CriterionDirection direction) {
            Checks.id(id, "criterion");
            Checks.notNull(direction, "direction");
            if (rawWeights.put(id, weight) != null) {
                duplicates.add(id);
            }
            directions.put(id, direction);
            return this;
        }

        /**
         * Uses AHP-derived weights; every criterion is a benefit unless declared earlier with {@link #criterion} or
         * changed with {@link #direction}.
         *
         * @param ahp the AHP result
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code ahp} when null or {@code comparisons}
         *                                             when its judgements are inconsistent
         */
        public Builder weights(AhpResult ahp) {
            Checks.notNull(ahp, "ahp");
            ahp.requireConsistent();
            ahp.weights().forEach((c, w) -> criterion(c, w, directions.getOrDefault(c, CriterionDirection.BENEFIT)));
            duplicates.removeAll(ahp.weights().keySet());
            return this;
        }

        /**
         * Changes the direction of a declared criterion, e.g. after {@link #weights(AhpResult)}.
         *
         * @param criterion the criterion's id
         * @param direction whether high or low raw scores are better
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code direction} for an unknown criterion or a
         *                                             null direction
         */
        public Builder direction(String criterion, CriterionDirection direction) {
            Checks.require(directions.containsKey(criterion), "direction", "unknown criterion " + criterion);
            directions.put(criterion, Checks.notNull(direction, "direction"));
            return this;
        }

        /**
         * Sets how raw scores are brought to a common scale; {@link Normalisation#MIN_MAX} by default.
         *
         * @param normalisation the normalisation
         * @return this builder
         */
        public Builder normalisation(Normalisation normalisation) {
            this.normalisation = normalisation;
            return this;
        }

        /**
         * Sets what happens to an item without a score for a criterion; {@link MissingScorePolicy#REJECT} by
         * default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder missingScores(MissingScorePolicy policy) {
            this.missing = policy;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return an immutable model
         * @throws org.itm.core.ItmValidationException naming every problem at once: {@code criteria} when there are
         *                                             none or all weights are zero, {@code criteria[ID]} for a
         *                                             criterion declared twice, {@code criteria[ID].weight} for a
         *                                             negative or non-finite weight, {@code normalisation} or
         *                                             {@code missingScores} when null
         */
        public ScoringModel build() {
            Violations v = new Violations();
            v.require(!rawWeights.isEmpty(), "criteria", "must not be empty");
            v.require(normalisation != null, "normalisation", "must not be null");
            v.require(missing != null, "missingScores", "must not be null");
            duplicates.forEach(d -> v.add("criteria[" + d + "]", "declared more than once"));
            rawWeights.forEach((c, w) -> v.require(Double.isFinite(w) && w >= 0, "criteria[" + c + "].weight",
                    "must be a finite number >= 0, was " + w));
            double sum = rawWeights.values().stream().mapToDouble(Double::doubleValue).sum();
            v.require(rawWeights.isEmpty() || sum > 0, "criteria", "weights must not all be zero");
            v.throwIfAny();
            Map<String, Double> weights = new LinkedHashMap<>();
            rawWeights.forEach((c, w) -> weights.put(c, w / sum));
            return new ScoringModel(this, weights);
        }
    }
}
