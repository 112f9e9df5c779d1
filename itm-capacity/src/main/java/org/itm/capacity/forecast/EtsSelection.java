package org.itm.capacity.forecast;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The outcome of automatic model selection: the chosen model and every candidate with its AICc, so the choice
 * can be audited.
 *
 * @param best        the model with the lowest AICc
 * @param candidates  every model considered, best first
 * @param explanation why {@code best} was chosen
 */
public record EtsSelection(EtsModel best, List<EtsCandidate> candidates, String explanation) {

    public EtsSelection {
        Checks.notNull(best, "best");
        candidates = List.copyOf(candidates);
        Checks.notBlank(explanation, "explanation");
    }
}
