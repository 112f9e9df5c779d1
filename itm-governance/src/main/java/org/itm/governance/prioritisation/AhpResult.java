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
 * @param mostInconsistent a description of the judgement furthest from what the weights imply, for revising
 */
public record AhpResult(Map<String, Double> weights, double lambdaMax, double consistencyIndex, double randomIndex,
                        double consistencyRatio, String mostInconsistent) {

    /** Saaty's threshold: judgements with a consistency ratio at or above it are rejected. */
    public static final double MAX_CONSISTENCY_RATIO = 0.1;

    public AhpResult {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notEmpty(weights, "weights")));
        Checks.notNull(mostInconsistent, "mostInconsistent");
    }

    public boolean consistent() {
        return consistencyRatio < MAX_CONSISTENCY_RATIO;
    }

    /** Why the judgements were accepted or rejected. */
    public String reason() {
        String cr = String.format(Locale.ROOT, "consistency ratio %.3f (CI %.4f / RI %.2f)", consistencyRatio,
                consistencyIndex, randomIndex);
        return consistent() ? cr + " < 0.1: judgements accepted"
                : cr + " >= 0.1: judgements are inconsistent; revise " + mostInconsistent;
    }

    /** Returns this result, or throws {@link ItmValidationException} with the reason when {@code CR ≥ 0.1}. */
    public AhpResult requireConsistent() {
        if (!consistent()) {
            throw new ItmValidationException("comparisons", reason());
        }
        return this;
    }
}
