package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.RuleEvaluation.Status;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    record Ticket(int affectedUsers, boolean vip, String service) {
    }

    private static final Condition<Ticket> MANY_USERS = Condition.of("more than 100 users affected",
            t -> t.affectedUsers() > 100);
    private static final Condition<Ticket> VIP = Condition.of("a VIP is affected", Ticket::vip);

    private final Rule<Ticket, String> outage = Rule.<Ticket, String>builder("outage")
            .description("Many users affected").priority(10).when(MANY_USERS).then("P1").build();
    private final Rule<Ticket, String> vip = Rule.<Ticket, String>builder("vip")
            .priority(20).when(VIP).then("P2").build();
    private final Rule<Ticket, String> fallback = Rule.of("default", Condition.always(), "P4");

    @Test
    void firstMatchFiresTheFirstDeclaredMatchingRuleAndSkipsTheRest() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.FIRST_MATCH, List.of(outage, vip, fallback));
        Decision<String> d = set.decide(new Ticket(500, true, "mail"));

        assertThat(d.outcome()).contains("P1");
        assertThat(d.evaluations()).extracting(RuleEvaluation::rule).containsExactly("outage", "vip", "default");
        assertThat(d.evaluations()).extracting(RuleEvaluation::status)
                .containsExactly(Status.FIRED, Status.NOT_EVALUATED, Status.NOT_EVALUATED);
        assertThat(d.evaluationOf("vip").orElseThrow().reason()).isEqualTo("rule 'outage' fired first");
        assertThat(d.evaluationOf("vip").orElseThrow().condition()).isEmpty();
    }

    @Test
    void firstMatchFallsThroughToTheCatchAll() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.FIRST_MATCH, List.of(outage, vip, fallback));
        Decision<String> d = set.decide(new Ticket(3, false, "mail"));

        assertThat(d.outcomes()).containsExactly("P4");
        assertThat(d.evaluations()).extracting(RuleEvaluation::status)
                .containsExactly(Status.NOT_MATCHED, Status.NOT_MATCHED, Status.FIRED);
        assertThat(d.evaluationOf("outage").orElseThrow().condition().orElseThrow().detail())
                .isEqualTo("predicate did not hold");
    }

    @Test
    void highestPriorityTriesRulesByPriorityRegardlessOfDeclarationOrder() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.HIGHEST_PRIORITY,
                List.of(fallback, outage, vip));
        Decision<String> d = set.decide(new Ticket(500, true, "mail"));

        assertThat(d.outcome()).contains("P2");
        assertThat(d.evaluations()).extracting(RuleEvaluation::rule).containsExactly("vip", "outage", "default");
        assertThat(d.evaluationOf("outage").orElseThrow().reason())
                .isEqualTo("rule 'vip' with higher priority 20 fired");
    }

    @Test
    void highestPriorityBreaksTiesByDeclarationOrder() {
        Rule<Ticket, String> a = Rule.<Ticket, String>builder("a").priority(5).when(MANY_USERS).then("A").build();
        Rule<Ticket, String> b = Rule.<Ticket, String>builder("b").priority(5).when(MANY_USERS).then("B").build();
        Decision<String> ab = RuleSet.of("s", MatchStrategy.HIGHEST_PRIORITY, List.of(a, b))
                .decide(new Ticket(500, false, "x"));
        Decision<String> ba = RuleSet.of("s", MatchStrategy.HIGHEST_PRIORITY, List.of(b, a))
                .decide(new Ticket(500, false, "x"));

        assertThat(ab.outcome()).contains("A");
        assertThat(ba.outcome()).contains("B");
        assertThat(ab.evaluationOf("b").orElseThrow().reason())
                .isEqualTo("rule 'a' with the same priority 5 is declared earlier and fired");
    }

    @Test
    void allMatchesFiresEveryMatchingRuleListedByPriority() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.ALL_MATCHES, List.of(fallback, outage, vip));
        Decision<String> d = set.decide(new Ticket(500, false, "mail"));

        assertThat(d.outcomes()).containsExactly("P1", "P4");
        assertThat(d.evaluations()).extracting(RuleEvaluation::rule).containsExactly("vip", "outage", "default");
        assertThat(d.evaluations()).extracting(RuleEvaluation::status)
                .containsExactly(Status.NOT_MATCHED, Status.FIRED, Status.FIRED);
        assertThat(d.fired()).extracting(RuleEvaluation::rule).containsExactly("outage", "default");
    }

    @Test
    void noMatchGivesAnEmptyDecisionThatStillExplainsEveryRule() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.ALL_MATCHES, List.of(outage, vip));
        Decision<String> d = set.decide(new Ticket(1, false, "mail"));

        assertThat(d.matched()).isFalse();
        assertThat(d.outcome()).isEmpty();
        assertThat(d.explanation()).isEqualTo("""
                rule set 'triage' (ALL_MATCHES): no rule fired (2 rules)
                - vip (priority 20) NOT_MATCHED: its condition did not hold
                    [failed] a VIP is affected: predicate did not hold
                - outage (priority 10) NOT_MATCHED: its condition did not hold
                    criterion: Many users affected
                    [failed] more than 100 users affected: predicate did not hold""");
    }

    @Test
    void explanationShowsTheFiredRuleAndTheConditionTree() {
        Rule<Ticket, String> both = Rule.of("both", Condition.all(MANY_USERS, Condition.not(VIP)), "P1");
        Decision<String> d = RuleSet.of("triage", MatchStrategy.FIRST_MATCH, List.of(both, fallback))
                .decide(new Ticket(500, false, "mail"));

        assertThat(d.explanation()).isEqualTo("""
                rule set 'triage' (FIRST_MATCH): 1 of 2 rules fired: both -> P1
                - both (priority 0) FIRED: its condition held and no earlier rule's did
                    [held] all(more than 100 users affected, not(a VIP is affected)): all 2 parts held
                      [held] more than 100 users affected: predicate held
                      [held] not(a VIP is affected): inner condition failed
                        [failed] a VIP is affected: predicate did not hold
                - default (priority 0) NOT_EVALUATED: rule 'both' fired first""");
    }

    @Test
    void describeListsTheDecisionCriteriaInEvaluationOrder() {
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.HIGHEST_PRIORITY, List.of(fallback, outage, vip));
        assertThat(set.describe()).isEqualTo("""
                rule set 'triage' (HIGHEST_PRIORITY: highest priority first, ties in declaration order; first match wins)
                1. vip (priority 20): when a VIP is affected then P2
                2. outage (priority 10): when more than 100 users affected then P1 -- Many users affected
                3. default (priority 0): when always then P4""");
    }

    @Test
    void compositesShortCircuitAndListOnlyTheDecidingParts() {
        Condition<Ticket> any = Condition.any(VIP, MANY_USERS, Condition.of("never reached", t -> {
            throw new AssertionError("must not be evaluated");
        }));
        ConditionResult r = any.evaluate(new Ticket(500, false, "x"));
        assertThat(r.holds()).isTrue();
        assertThat(r.detail()).isEqualTo("part 2 of 3 held");
        assertThat(r.parts()).hasSize(2);
    }

    @Test
    void duplicateRuleNamesAreRejectedWithTheirIndex() {
        assertThatThrownBy(() -> RuleSet.of("s", MatchStrategy.FIRST_MATCH, List.of(outage, fallback, outage)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("rules[2].name: duplicate rule name 'outage'");
    }

    @Test
    void ruleBuilderReportsEveryMissingProperty() {
        assertThatThrownBy(() -> Rule.<Ticket, String>builder(" ").build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path)
                        .containsExactly("name", "condition", "outcome"));
    }
}
