package org.itm.operations.change;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * One question of the risk questionnaire with the score of each allowed answer.
 *
 * @param id     stable identifier, e.g. {@code backout-tested}
 * @param text   the question as asked
 * @param scores answer → points; copied
 */
public record RiskQuestion(String id, String text, Map<String, Integer> scores) {

    public RiskQuestion {
        Checks.id(id, "id");
        Checks.notBlank(text, "text");
        scores = Map.copyOf(Checks.notEmpty(scores, "scores"));
    }
}
