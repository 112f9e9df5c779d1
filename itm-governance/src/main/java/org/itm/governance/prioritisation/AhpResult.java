package org.itm.governance.prioritisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Criteria weights derived by AHP (the normalised principal eigenvector of the pairwise comparison matrix) with
 * the consistency measures: λmax, consistency index {@code CI = (λmax − n)/(n − 1)}, Saaty's random index RI and
 * consistency ratio {@code CR = CI / RI}. Judgements with {@code CR ≥ 0.1} are inconsistent and must be revised.
 *
 * <p>Made by {@link Ahp}; pass {@link #weights()} to {@link ScoringModel.Builder#weights(AhpResult)}.
 *
 * @param weights          criterion → weight, in the criteria's order; positive, summing to 1
 * @param lambdaMax        λmax, the principal eigenvalue; n for perfectly consistent judgements
 * @param consistencyIndex CI, zero or more
 * @param randomIndex      Saaty's RI for the number of criteria (0 for one or two criteria)
 * @param consistencyRatio CR = CI / RI, 0 when RI is 0
 * @param mostInconsistent a description of the judgement furthest from what the weights imply, for revising, e.g.
 *                         {@code "value vs risk (judged 9.00, the weights imply 1.00)"}
 * @since 0.1
 */
public record AhpResult(Map<String, Double> weights, double lambdaMax, double consistencyIndex, double randomIndex,
                        double consistencyRatio, String mostInconsistent) {

    /** Saaty's threshold: judgements with a consistency ratio at or above it are rejected. */
    public static final double MAX_CONSISTENCY_RATIO = 0.1;

    /**
     * Checks the components and copies the weights, keeping their order.
     *
     * @param weights          criterion → weight, in the criteria's order; positive, summing to 1
     * @param lambdaMax        λmax, the principal eigenvalue; n for perfectly consistent judgements
     * @param consistencyIndex CI, zero or more
     * @param randomIndex      Saaty's RI for the number of criteria (0 for one or two criteria)
     * @param consistencyRatio CR = CI / RI, 0 when RI is 0
     * @param mostInconsistent a description of the judgement furthest from what the weights imply, for revising, e.g.
     *                         {@code "value vs risk (judged 9.00, the weights imply 1.00)"}
     * @throws ItmValidationException naming {@code weights} when null or empty, or {@code mostInconsistent} when null
     */
    public AhpResult {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notEmpty(weights, "weights")));
        Checks.notNull(mostInconsistent, "mostInconsistent");
    }

    /**
     * Whether the judgements are consistent enough to use.
     *
     * @return {@code true} when the consistency ratio is below {@link #MAX_CONSISTENCY_RATIO}
     */
    public boolean consistent() {
        return consistencyRatio < MAX_CONSISTENCY_RATIO;
    }

    /**
     * Why the judgements were accepted or rejected, e.g.
     * {@code "consistency ratio 0.033 (CI 0.0193 / RI 0.58) < 0.1: judgements accepted"}.
     *
     * @return the consistency ratio with its parts and the verdict; when rejected, the judgement to revise
     */
    public String reason() {
        String cr = String.format(Locale.ROOT, "consistency ratio %.3f (CI %.4f / RI %.2f)", consistencyRatio,
                consistencyIndex, randomIndex);
        return consistent() ? cr + " < 0.1: judgements accepted"
                : cr + " >= 0.1: judgements are inconsistent; revise " + mostInconsistent;
    }

    /**
     * Rejects inconsistent judgements.
     *
     * @return this result, when it is {@link #consistent()}
     * @throws ItmValidationException naming {@code comparisons} with the {@link #reason()} when {@code CR ≥ 0.1}
     */
    public AhpResult requireConsistent() {
        if (!consistent()) {
            throw new ItmValidationException("comparisons", reason());
        }
        return this;
    }
}
