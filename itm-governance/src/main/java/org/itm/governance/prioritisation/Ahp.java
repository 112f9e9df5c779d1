package org.itm.governance.prioritisation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Analytic hierarchy process for criteria weights: state how much more important each criterion is than each
 * other one (Saaty's 1–9 scale, reciprocals for the reverse), then {@link Builder#evaluate()}.
 *
 * <pre>{@code
 * AhpResult r = Ahp.builder("value", "risk", "cost")
 *     .compare("value", "risk", 3).compare("value", "cost", 5).compare("risk", "cost", 3)
 *     .evaluate();
 * r.requireConsistent();   // throws with the reason when CR >= 0.1
 * }</pre>
 *
 * @since 0.1
 */
public final class Ahp {

    /** Saaty's random consistency index by matrix size (index = n), for n up to 15. */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
        1.51, 1.48, 1.56, 1.57, 1.59};

    private Ahp() {
    }

    /**
     * Starts the pairwise comparison of criteria.
     *
     * @param criteria the criteria's ids, 1 to 15, each once, e.g. {@code "value", "risk", "cost"}
     * @return a builder with no judgements yet
     * @throws org.itm.core.ItmValidationException naming {@code criteria.size} when there are none or more than 15,
     *                                             or {@code criteria[i]} for a malformed or repeated id
     */
    public static Builder builder(String... criteria) {
        return new Builder(List.of(criteria));
    }

    /**
     * Evaluates a full comparison matrix, e.g. one read from a spreadsheet.
     *
     * @param criteria the criteria's ids, 1 to 15, each once
     * @param matrix   {@code matrix[i][j]} says how much more important criterion i is than j: square, of the
     *                 criteria's size, 1 on the diagonal, positive, and {@code matrix[j][i] = 1 / matrix[i][j]}
     * @return the weights and consistency measures
     * @throws org.itm.core.ItmValidationException naming {@code matrix} or {@code matrix[i]} for a wrong size, and
     *                                             every {@code matrix[i][j]} off the diagonal rule, not positive or
     *                                             not reciprocal
     */
    public static AhpResult evaluate(List<String> criteria, double[][] matrix) {
        Builder b = new Builder(criteria);
        Checks.require(matrix.length == criteria.size(), "matrix", "must have " + criteria.size() + " rows");
        for (int i = 0; i < matrix.length; i++) {
            Checks.require(matrix[i].length == criteria.size(), "matrix[" + i + "]", "must have " + criteria.size() + " columns");
        }
        Violations v = new Violations();
        for (int i = 0; i < matrix.length; i++) {
            v.require(Math.abs(matrix[i][i] - 1) < 1e-9, "matrix[" + i + "][" + i + "]", "diagonal must be 1");
            for (int j = i + 1; j < matrix.length; j++) {
                double a = matrix[i][j];
                double r = matrix[j][i];
                if (v.require(a > 0 && r > 0 && Double.isFinite(a) && Double.isFinite(r), "matrix[" + i + "][" + j + "]",
                        "judgements must be positive")) {
                    v.require(Math.abs(a * r - 1) < 1e-6, "matrix[" + j + "][" + i + "]",
                            "must be the reciprocal of matrix[" + i + "][" + j + "] (" + a + "), was " + r);
                }
                b.judgements[i][j] = a;
                b.judgements[j][i] = 1 / a;
            }
        }
        v.throwIfAny();
        return b.evaluate();
    }

    /** Collects pairwise judgements; each unordered pair must be judged exactly once. */
    public static final class Builder {
        private final List<String> criteria;
        private final double[][] judgements;

        private Builder(List<String> criteria) {
            Checks.notNull(criteria, "criteria");
            Checks.between(criteria.size(), 1, RANDOM_INDEX.length - 1, "criteria.size");
            Violations v = new Violations();
            for (int i = 0; i < criteria.size(); i++) {
                String c = criteria.get(i);
                v.check("criteria[" + i + "]", () -> Checks.id(c, "id"));
                v.require(criteria.indexOf(c) == i, "criteria[" + i + "]", "duplicate criterion " + c);
            }
            v.throwIfAny();
            this.criteria = List.copyOf(criteria);
            this.judgements = new double[criteria.size()][criteria.size()];
            for (int i = 0; i < criteria.size(); i++) {
                judgements[i][i] = 1;
            }
        }

        /**
         * Judges one pair: {@code a} is {@code intensity} times as important as {@code b}, and so {@code b} is
         * {@code 1 / intensity} times as important as {@code a}. On Saaty's scale 1 is equal, 3 moderately, 5
         * strongly, 7 very strongly and 9 extremely more important.
         *
         * @param a         a criterion
         * @param b         another criterion
         * @param intensity 1/9 to 9
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code a} or {@code b} for an unknown criterion,
         *                                             {@code b} when it is {@code a}, {@code intensity} when outside
         *                                             1/9 to 9, or {@code compare(a,b)} when the pair (either way
         *                                             round) is already judged
         */
        public Builder compare(String a, String b, double intensity) {
            int i = index(a, "a");
            int j = index(b, "b");
            Checks.require(i != j, "b", "cannot compare " + a + " with itself");
            Checks.between(intensity, 1.0 / 9 - 1e-12, 9.0, "intensity");
            Checks.require(judgements[i][j] == 0, "compare(" + a + "," + b + ")", "pair already judged");
            judgements[i][j] = intensity;
            judgements[j][i] = 1 / intensity;
            return this;
        }

        private int index(String c, String field) {
            int i = criteria.indexOf(c);
            Checks.require(i >= 0, field, "unknown criterion " + c + "; known: " + criteria);
            return i;
        }

        /**
         * Derives the weights from the judgements. Inconsistent judgements are reported, not rejected: call
         * {@link AhpResult#requireConsistent()} to reject them.
         *
         * @return the weights and consistency measures
         * @throws org.itm.core.ItmValidationException naming {@code comparisons} with every pair not judged
         */
        public AhpResult evaluate() {
            int n = criteria.size();
            Violations v = new Violations();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    v.require(judgements[i][j] > 0, "comparisons", "missing judgement " + criteria.get(i) + " vs " + criteria.get(j));
                }
            }
            v.throwIfAny();
            double[] w = principalEigenvector(judgements);
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                double row = 0;
                for (int j = 0; j < n; j++) {
                    row += judgements[i][j] * w[j];
                }
                lambda += row / w[i];
            }
            lambda /= n;
            double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
            double ri = RANDOM_INDEX[n];
            double cr = ri == 0 ? 0 : ci / ri;
            Map<String, Double> weights = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                weights.put(criteria.get(i), w[i]);
            }
            return new AhpResult(weights, lambda, ci, ri, cr, worstJudgement(w));
        }

        private String worstJudgement(double[] w) {
            int n = w.length;
            double worst = 0;
            String text = "no judgement (all agree with the weights)";
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double implied = w[i] / w[j];
                    double dev = Math.abs(Math.log(judgements[i][j] / implied));
                    if (dev > worst + 1e-12) {
                        worst = dev;
                        text = String.format(Locale.ROOT, "%s vs %s (judged %.3g, the weights imply %.3g)",
                                criteria.get(i), criteria.get(j), judgements[i][j], implied);
                    }
                }
            }
            return text;
        }

        private static double[] principalEigenvector(double[][] a) {
            int n = a.length;
            double[] x = new double[n];
            Arrays.fill(x, 1.0 / n);
            // a positive matrix: power iteration converges to the Perron vector
            for (int iter = 0; iter < 10_000; iter++) {
                double[] y = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        y[i] += a[i][j] * x[j];
                    }
                    sum += y[i];
                }
                double change = 0;
                for (int i = 0; i < n; i++) {
                    y[i] /= sum;
                    change = Math.max(change, Math.abs(y[i] - x[i]));
                }
                x = y;
                if (change < 1e-13) {
                    break;
                }
            }
            return x;
        }
    }
}
