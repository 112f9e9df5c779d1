package org.itm.benchmarks.core;

import java.util.concurrent.TimeUnit;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.FactSchema;
import org.itm.core.rule.Operator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 13 point 5.6, issue 19 point 3): a rule condition {@code matches} takes time linear in its input
 * whatever the pattern, so the patterns that overflowed the stack or backtracked on the old engine cost about
 * what a plain one does on the longest input the operator accepts ({@value Operator#MAX_INPUT_LENGTH}
 * characters).
 *
 * <p>Inputs: {@code "ab"} repeated to the maximum length (matched by the alternations), and {@code "a"}
 * repeated with a final {@code "!"} (the near-miss that is exponential for {@code (a+)+b} when backtracking).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleRegexBenchmark {

    @Param({"(a|b)*", "(ab|cd)*", "(.|a)*$", "(a+)+b", "a*a*a*a*a*a*b", "[ab]*"})
    public String pattern;

    private Condition<String> condition;
    private String alternating;
    private String nearMiss;

    @Setup
    public void setUp() {
        FactSchema<String> schema = FactSchema.<String>builder().string("value", s -> s).build();
        condition = schema.condition(ConditionDefinition.compare("value", Operator.MATCHES, pattern));
        alternating = "ab".repeat(Operator.MAX_INPUT_LENGTH / 2);
        nearMiss = "a".repeat(Operator.MAX_INPUT_LENGTH - 1) + "!";
    }

    @Benchmark
    public boolean alternatingInput() {
        return condition.test(alternating);
    }

    @Benchmark
    public boolean nearMissInput() {
        return condition.test(nearMiss);
    }
}
