package org.itm.capacity.forecast;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The outcome of automatic model selection: the chosen model and every candidate with its AICc, so the choice
 * can be audited.
 *
 * @param best        the model with the lowest AICc
 * @param candidates  every model considered, best first (copied)
 * @param explanation why {@code best} was chosen, e.g.
 *                    {@code "ETS(M,A,M) has the lowest AICc (513.48) of 15 models; runner-up ETS(A,A,A) at 517.46"}
 * @since 0.1
 */
public record EtsSelection(EtsModel best, List<EtsCandidate> candidates, String explanation) {

    /**
     * Checks the components and copies the candidates.
     *
     * @param best        the model with the lowest AICc
     * @param candidates  every model considered; copied
     * @param explanation why {@code best} was chosen; not blank
     * @throws org.itm.core.ItmValidationException if {@code best} is null or {@code explanation} is blank
     */
    public EtsSelection {
        Checks.notNull(best, "best");
        candidates = List.copyOf(candidates);
        Checks.notBlank(explanation, "explanation");
    }
}
