package org.itm.governance.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;

/** A business outcome (objective) measured by its key results; progress is the mean of theirs. */
public record Outcome(String id, String objective, List<KeyResult> keyResults) {

    public Outcome {
        Checks.id(id, "id");
        Checks.notBlank(objective, "objective");
        keyResults = List.copyOf(Checks.notEmpty(keyResults, "keyResults"));
        Set<String> ids = new HashSet<>();
        keyResults.forEach(k -> Checks.require(ids.add(k.id()), "keyResults[" + k.id() + "]", "appears more than once"));
    }

    public double progress() {
        return keyResults.stream().mapToDouble(KeyResult::progress).average().orElse(0);
    }
}
