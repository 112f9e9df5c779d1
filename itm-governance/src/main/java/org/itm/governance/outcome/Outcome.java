package org.itm.governance.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A business outcome (objective) measured by its key results; progress is the mean of theirs. Initiatives are tied
 * to it with {@link OutcomeLink}s.
 *
 * @param id         identifier, referred to by {@link OutcomeLink#outcomeId()}
 * @param objective  what the business wants, in words
 * @param keyResults how it is measured: at least one, each id once; copied
 * @since 0.1
 */
public record Outcome(String id, String objective, List<KeyResult> keyResults) {

    /**
     * Checks the components.
     *
     * @param id         identifier, referred to by {@link OutcomeLink#outcomeId()}
     * @param objective  what the business wants, in words
     * @param keyResults how it is measured: at least one, each id once; copied
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code objective} when blank,
     *                                             {@code keyResults} when null or empty, or {@code keyResults[ID]}
     *                                             for a key result id given twice
     */
    public Outcome {
        Checks.id(id, "id");
        Checks.notBlank(objective, "objective");
        keyResults = List.copyOf(Checks.notEmpty(keyResults, "keyResults"));
        Set<String> ids = new HashSet<>();
        keyResults.forEach(k -> Checks.require(ids.add(k.id()), "keyResults[" + k.id() + "]", "appears more than once"));
    }

    /**
     * How far the outcome is: the mean {@link KeyResult#progress()} of its key results, each weighted alike.
     *
     * @return the progress in [0, 1]
     */
    public double progress() {
        return keyResults.stream().mapToDouble(KeyResult::progress).average().orElse(0);
    }
}
