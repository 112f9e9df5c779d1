package org.itm.operations.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.Condition;
import org.itm.core.rule.MatchStrategy;
import org.itm.core.rule.Rule;
import org.itm.core.rule.RuleSet;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Scores a change's answers and decides its risk level through a core {@link RuleSet}, so the level always
 * comes with the rule that chose it. {@link #withThresholds} gives the usual score bands; pass your own rule set
 * for anything else (e.g. "no back-out plan is always HIGH").
 *
 * @since 0.1
 */
public final class RiskQuestionnaire {

    /**
     * The fact the level rules see.
     *
     * @param score   the total score
     * @param answers question id to answer; copied
     */
    public record Facts(int score, Map<String, String> answers) {
        /**
         * Copies the answers.
         *
         * @param score   the total score
         * @param answers question id to answer
         */
        public Facts {
            answers = Map.copyOf(answers);
        }
    }

    private final List<RiskQuestion> questions;
    private final RuleSet<Facts, RiskLevel> levels;

    private RiskQuestionnaire(List<RiskQuestion> questions, RuleSet<Facts, RiskLevel> levels) {
        this.questions = List.copyOf(Checks.notEmpty(questions, "questions"));
        this.levels = Checks.notNull(levels, "levels");
    }

    /**
     * A questionnaire whose level is chosen by your own rules.
     *
     * @param questions the questions, each to be answered; not empty
     * @param levels    rules from the facts to a level; they should always decide, e.g. end with a catch-all
     * @return the questionnaire, immutable and thread-safe
     * @throws org.itm.core.ItmValidationException if {@code questions} is empty or {@code levels} null
     */
    public static RiskQuestionnaire of(List<RiskQuestion> questions, RuleSet<Facts, RiskLevel> levels) {
        return new RiskQuestionnaire(questions, levels);
    }

    /**
     * A questionnaire with score bands: HIGH from {@code highFrom} points, MEDIUM from {@code mediumFrom}, else LOW.
     *
     * @param questions  the questions; not empty
     * @param mediumFrom lowest score that is MEDIUM
     * @param highFrom   lowest score that is HIGH; greater than {@code mediumFrom}
     * @return the questionnaire, immutable and thread-safe
     * @throws org.itm.core.ItmValidationException naming {@code highFrom} when it is not above {@code mediumFrom},
     *                                             or {@code questions} when empty
     */
    public static RiskQuestionnaire withThresholds(List<RiskQuestion> questions, int mediumFrom, int highFrom) {
        Checks.require(mediumFrom < highFrom, "highFrom", "must be greater than mediumFrom");
        RuleSet<Facts, RiskLevel> rules = RuleSet.of("change-risk", MatchStrategy.FIRST_MATCH, List.of(
                Rule.of("high", Condition.of("score >= " + highFrom, (Facts f) -> f.score() >= highFrom),
                        RiskLevel.HIGH),
                Rule.of("medium", Condition.of("score >= " + mediumFrom, (Facts f) -> f.score() >= mediumFrom),
                        RiskLevel.MEDIUM),
                Rule.of("low", Condition.always(), RiskLevel.LOW)));
        return new RiskQuestionnaire(questions, rules);
    }

    /**
     * The questions, in the order asked.
     *
     * @return an unmodifiable list
     */
    public List<RiskQuestion> questions() {
        return questions;
    }

    /**
     * Scores {@code answers}.
     *
     * @param answers question id to answer; answers to unknown questions are ignored
     * @return the level with the score, each contribution and the rule that chose it
     * @throws org.itm.core.ItmValidationException naming every unanswered question and every answer not allowed
     */
    public RiskAssessment assess(Map<String, String> answers) {
        Checks.notNull(answers, "answers");
        Violations v = new Violations();
        int score = 0;
        List<String> contributions = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (RiskQuestion q : questions) {
            String a = answers.get(q.id());
            if (!v.require(a != null, "answers." + q.id(), "is not answered")) {
                continue;
            }
            Integer points = q.scores().get(a);
            if (v.require(points != null, "answers." + q.id(), "'" + a + "' is not one of " + q.scores().keySet())) {
                score += points;
                contributions.add(q.id() + " = " + a + ": " + (points >= 0 ? "+" : "") + points);
                given.put(q.id(), a);
            }
        }
        for (String k : answers.keySet()) {
            v.require(questions.stream().anyMatch(q -> q.id().equals(k)), "answers." + k, "is not a question");
        }
        v.throwIfAny();
        var decision = levels.decide(new Facts(score, given));
        RiskLevel level = decision.outcome().orElseThrow(() -> new ItmValidationException("levels",
                "the level rules decided nothing for score; add a catch-all rule"));
        return new RiskAssessment(level, score, given, contributions, decision.explanation());
    }
}
