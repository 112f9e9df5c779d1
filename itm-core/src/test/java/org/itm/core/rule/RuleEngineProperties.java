package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.itm.core.rule.TestFacts.Level;
import org.itm.core.rule.TestFacts.Ticket;

class RuleEngineProperties {

    private static final FactSchema<Ticket> SCHEMA = TestFacts.SCHEMA;

    // ---- laws of the condition language -------------------------------------------------------------------

    @Property
    void doubleNegationIsTheCondition(@ForAll("conditions") ConditionDefinition c, @ForAll("tickets") Ticket t) {
        assertThat(SCHEMA.condition(ConditionDefinition.not(ConditionDefinition.not(c))).test(t))
                .isEqualTo(SCHEMA.condition(c).test(t));
    }

    @Property
    void allOrAnyOfOneConditionIsTheCondition(@ForAll("conditions") ConditionDefinition c,
                                              @ForAll("tickets") Ticket t) {
        boolean expected = SCHEMA.condition(c).test(t);
        assertThat(SCHEMA.condition(ConditionDefinition.all(c)).test(t)).isEqualTo(expected);
        assertThat(SCHEMA.condition(ConditionDefinition.any(c)).test(t)).isEqualTo(expected);
    }

    @Property
    void deMorganHolds(@ForAll("conditions") ConditionDefinition a, @ForAll("conditions") ConditionDefinition b,
                       @ForAll("tickets") Ticket t) {
        boolean notAll = SCHEMA.condition(ConditionDefinition.not(ConditionDefinition.all(a, b))).test(t);
        boolean anyNot = SCHEMA.condition(ConditionDefinition.any(ConditionDefinition.not(a),
                ConditionDefinition.not(b))).test(t);
        assertThat(notAll).isEqualTo(anyNot);
    }

    @Property
    void quickTestAgreesWithTheExplainedVerdict(@ForAll("conditions") ConditionDefinition c,
                                                @ForAll("tickets") Ticket t) {
        Condition<Ticket> compiled = SCHEMA.condition(c);
        assertThat(compiled.test(t)).isEqualTo(compiled.evaluate(t).holds());
    }

    @Property
    void explanationVerdictAgreesWithItsParts(@ForAll("conditions") ConditionDefinition c,
                                              @ForAll("tickets") Ticket t) {
        ConditionResult r = SCHEMA.condition(c).evaluate(t);
        if (c instanceof ConditionDefinition.All) {
            assertThat(r.holds()).isEqualTo(r.parts().stream().allMatch(ConditionResult::holds));
        } else if (c instanceof ConditionDefinition.Any) {
            assertThat(r.holds()).isEqualTo(r.parts().stream().anyMatch(ConditionResult::holds));
        } else if (c instanceof ConditionDefinition.Not) {
            assertThat(r.holds()).isNotEqualTo(r.parts().get(0).holds());
        } else {
            assertThat(r.parts()).isEmpty();
        }
    }

    // ---- definitions round-trip -----------------------------------------------------------------------------

    @Property(tries = 300)
    void conditionDefinitionsRoundTripThroughJsonAndYaml(@ForAll("conditions") ConditionDefinition c) {
        assertThat(ConditionDefinition.fromJson(c.toJson())).isEqualTo(c);
        assertThat(ConditionDefinition.fromYaml(c.toYaml())).isEqualTo(c);
    }

    @Property(tries = 200)
    void ruleSetDefinitionsRoundTripThroughJsonAndYaml(@ForAll("ruleSets") RuleSetDefinition d) {
        assertThat(RuleSetDefinition.fromJson(d.toJson())).isEqualTo(d);
        assertThat(RuleSetDefinition.fromYaml(d.toYaml())).isEqualTo(d);
    }

    // ---- strategies -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    void decisionsAreDeterministic(@ForAll("ruleSets") RuleSetDefinition d, @ForAll("tickets") Ticket t) {
        RuleSet<Ticket, Object> rules = SCHEMA.ruleSet(d, Object.class);
        assertThat(rules.decide(t)).isEqualTo(rules.decide(t));
        assertThat(SCHEMA.ruleSet(d, Object.class).decide(t)).isEqualTo(rules.decide(t));
    }

    @Property(tries = 300)
    void highestPriorityIgnoresDeclarationOrderWhenPrioritiesAreDistinct(
            @ForAll("ruleSets") RuleSetDefinition d, @ForAll("tickets") Ticket t, @ForAll long seed) {
        List<RuleDefinition> distinct = new ArrayList<>();
        for (int i = 0; i < d.rules().size(); i++) {
            RuleDefinition r = d.rules().get(i);
            distinct.add(new RuleDefinition(r.name(), r.description(), (int) (seed % 7) + 3 * i, r.when(), r.then()));
        }
        List<RuleDefinition> shuffled = new ArrayList<>(distinct);
        Collections.shuffle(shuffled, new Random(seed));

        Decision<Object> declared = SCHEMA.ruleSet(
                new RuleSetDefinition("s", MatchStrategy.HIGHEST_PRIORITY, distinct), Object.class).decide(t);
        Decision<Object> reordered = SCHEMA.ruleSet(
                new RuleSetDefinition("s", MatchStrategy.HIGHEST_PRIORITY, shuffled), Object.class).decide(t);
        assertThat(reordered).isEqualTo(declared);
    }

    @Property(tries = 300)
    void strategiesAgreeWithTheRulesConditions(@ForAll("ruleSets") RuleSetDefinition d, @ForAll("tickets") Ticket t) {
        List<Rule<Ticket, Object>> rules = SCHEMA.ruleSet(d, Object.class).rules();
        List<String> matching = rules.stream().filter(r -> r.condition().test(t)).map(Rule::name).toList();

        Decision<Object> first = RuleSet.of("s", MatchStrategy.FIRST_MATCH, rules).decide(t);
        assertThat(first.fired()).extracting(RuleEvaluation::rule)
                .isEqualTo(matching.isEmpty() ? List.of() : List.of(matching.get(0)));

        Decision<Object> all = RuleSet.of("s", MatchStrategy.ALL_MATCHES, rules).decide(t);
        assertThat(all.fired()).extracting(RuleEvaluation::rule).containsExactlyInAnyOrderElementsOf(matching);
        assertThat(all.evaluations()).hasSize(rules.size())
                .allMatch(e -> e.status() != RuleEvaluation.Status.NOT_EVALUATED);

        Decision<Object> highest = RuleSet.of("s", MatchStrategy.HIGHEST_PRIORITY, rules).decide(t);
        int best = rules.stream().filter(r -> matching.contains(r.name())).mapToInt(Rule::priority).max()
                .orElse(Integer.MIN_VALUE);
        Optional<String> expected = rules.stream()
                .filter(r -> matching.contains(r.name()) && r.priority() == best).map(Rule::name).findFirst();
        assertThat(highest.fired().stream().map(RuleEvaluation::rule).findFirst()).isEqualTo(expected);
    }

    // ---- generators -----------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ConditionDefinition> conditions() {
        return conditions(3);
    }

    private Arbitrary<ConditionDefinition> conditions(int depth) {
        if (depth == 0) {
            return comparisons();
        }
        Arbitrary<ConditionDefinition> sub = Arbitraries.lazy(() -> conditions(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, comparisons()),
                Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(l -> new ConditionDefinition.All(l))),
                Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(l -> new ConditionDefinition.Any(l))),
                Tuple.of(1, sub.map(ConditionDefinition::not)));
    }

    private static final List<String> WORDS = List.of("a", "b", "ab", "pay-x", "", "true", "1", "null", "a: b",
            "#x", "é€", "it's");

    private Arbitrary<ConditionDefinition> comparisons() {
        Arbitrary<String> words = Arbitraries.of(WORDS);
        Arbitrary<String> levels = Arbitraries.of(Level.class).map(Enum::name);
        return Arbitraries.oneOf(
                ordered("users", Arbitraries.bigDecimals().between(BigDecimal.valueOf(-3), BigDecimal.valueOf(3))
                        .ofScale(1)),
                ordered("openedAt", Arbitraries.of(INSTANTS)),
                ordered("day", Arbitraries.of(DAYS)),
                ordered("age", Arbitraries.of(AGES)),
                Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE, Operator.CONTAINS), words)
                        .as((op, w) -> ConditionDefinition.compare("service", op, w)),
                words.list().ofMinSize(1).ofMaxSize(3).map(l -> ConditionDefinition.compare("service", Operator.IN, l)),
                Arbitraries.of("a.*", "pay-.*", "[ab]+", "(?i)A", "")
                        .map(p -> ConditionDefinition.compare("service", Operator.MATCHES, p)),
                Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), Arbitraries.of(true, false))
                        .as((op, b) -> ConditionDefinition.compare("vip", op, b)),
                Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), levels)
                        .as((op, l) -> ConditionDefinition.compare("level", op, l)),
                levels.list().ofMinSize(1).ofMaxSize(3).map(l -> ConditionDefinition.compare("level", Operator.IN, l)),
                words.map(w -> ConditionDefinition.compare("tags", Operator.CONTAINS, w)),
                levels.map(l -> ConditionDefinition.compare("levels", Operator.CONTAINS, l)),
                Arbitraries.integers().between(-2, 2).map(n -> ConditionDefinition.compare("scores", Operator.CONTAINS, n)));
    }

    private static <T extends Comparable<T>> Arbitrary<ConditionDefinition> ordered(String field, Arbitrary<T> values) {
        Arbitrary<ConditionDefinition> single = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE,
                        Operator.LT, Operator.LTE, Operator.GT, Operator.GTE), values)
                .as((op, v) -> ConditionDefinition.compare(field, op, v));
        Arbitrary<ConditionDefinition> in = values.list().ofMinSize(1).ofMaxSize(3)
                .map(l -> ConditionDefinition.compare(field, Operator.IN, l));
        Arbitrary<ConditionDefinition> between = values.list().ofSize(2).map(l -> {
            List<T> sorted = new ArrayList<>(l);
            Collections.sort(sorted);
            return ConditionDefinition.compare(field, Operator.BETWEEN, sorted);
        });
        return Arbitraries.oneOf(single, in, between);
    }

    private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-03-31T13:00:00Z"), Instant.parse("2026-03-31T13:00:00.5Z"));
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    private static final List<Duration> AGES = List.of(Duration.ZERO, Duration.ofMinutes(90), Duration.ofHours(3));

    @Provide
    Arbitrary<Ticket> tickets() {
        Arbitrary<String> words = Arbitraries.of(WORDS);
        var first = Combinators.combine(
                Arbitraries.integers().between(-3, 3).injectNull(0.15),
                words.injectNull(0.15),
                Arbitraries.of(true, false).injectNull(0.15),
                Arbitraries.of(Level.class).injectNull(0.15),
                Arbitraries.of(INSTANTS).injectNull(0.15)).as(Tuple::of);
        var second = Combinators.combine(
                Arbitraries.of(DAYS).injectNull(0.15),
                Arbitraries.of(AGES).injectNull(0.15),
                words.list().ofMaxSize(3).injectNull(0.15),
                Arbitraries.of(Level.class).set().ofMaxSize(3).injectNull(0.15),
                Arbitraries.of(-2.0, -1.0, 0.0, 1.0, 1.5, 2.0, Double.NaN).list().ofMaxSize(3).injectNull(0.15))
                .as(Tuple::of);
        return Combinators.combine(first, second).as((a, b) -> new Ticket(a.get1(), a.get2(), a.get3(), a.get4(),
                a.get5(), b.get1(), b.get2(), b.get3(), b.get4() == null ? null : Set.copyOf(b.get4()), b.get5()));
    }

    @Provide
    Arbitrary<RuleSetDefinition> ruleSets() {
        Arbitrary<Object> outcomes = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(w -> (Object) w),
                Arbitraries.integers().between(-5, 5).map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(WORDS).map(w -> (Object) Map.of("level", w, "approvers", List.of(1, 2.5))));
        Arbitrary<RuleDefinition> rule = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("", "why it matters"),
                Arbitraries.integers().between(-3, 3),
                conditions(2).optional(0.8),
                outcomes).as(RuleDefinition::new);
        return Combinators.combine(Arbitraries.of(MatchStrategy.class),
                        rule.list().ofMinSize(1).ofMaxSize(6).uniqueElements(RuleDefinition::name))
                .as((s, rules) -> new RuleSetDefinition("generated", s, rules));
    }

}
