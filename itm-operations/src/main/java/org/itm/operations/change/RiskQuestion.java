package org.itm.operations.change;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * One question of the risk questionnaire with the score of each allowed answer.
 *
 * @param id     stable identifier, e.g. {@code backout-tested}
 * @param text   the question as asked
 * @param scores answer → points; copied
 * @since 0.1
 */
public record RiskQuestion(String id, String text, Map<String, Integer> scores) {

    /**
     * Checks the question and copies its scores.
     *
     * @param id     stable identifier: 1-128 letters, digits or {@code ._:@/-}, starting with a letter or digit
     * @param text   the question; not blank
     * @param scores answer to points; not empty
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code text} or {@code scores}
     */
    public RiskQuestion {
        Checks.id(id, "id");
        Checks.notBlank(text, "text");
        scores = Map.copyOf(Checks.notEmpty(scores, "scores"));
    }
}
