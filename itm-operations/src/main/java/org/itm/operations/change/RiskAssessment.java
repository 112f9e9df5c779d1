package org.itm.operations.change;

import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * The risk of a change with its explanation: the score, each answer's contribution and the rule that chose the
 * level.
 *
 * @param level         low, medium or high
 * @param score         sum of the answers' points
 * @param answers       question id → answer given; copied
 * @param contributions one line per question, e.g. {@code backout-tested = no: +3}
 * @param decidedBy     the rule-engine explanation of the level
 * @since 0.1
 */
public record RiskAssessment(RiskLevel level, int score, Map<String, String> answers, List<String> contributions,
                             String decidedBy) {

    /**
     * Checks and copies the fields.
     *
     * @param level         the level
     * @param score         sum of the answers' points
     * @param answers       question id to answer
     * @param contributions one line per question
     * @param decidedBy     the rule explanation; not blank
     * @throws org.itm.core.ItmValidationException if {@code level} is null or {@code decidedBy} blank
     */
    public RiskAssessment {
        Checks.notNull(level, "level");
        answers = Map.copyOf(answers);
        contributions = List.copyOf(contributions);
        Checks.notBlank(decidedBy, "decidedBy");
    }

    /**
     * Everything in one text for people.
     *
     * @return e.g. {@code MEDIUM (score 4): backout-tested = no: +3, users-affected = some: +1; ...}
     */
    public String explanation() {
        return level + " (score " + score + "): " + String.join(", ", contributions) + "; " + decidedBy;
    }
}
