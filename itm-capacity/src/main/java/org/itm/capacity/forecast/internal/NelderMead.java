package org.itm.capacity.forecast.internal;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder–Mead simplex method (reflection 1, expansion 2, contraction ½,
 * shrink ½). Infeasible points are expressed by the objective returning {@code +∞}, which the simplex simply
 * moves away from; this keeps box and ordering constraints out of the optimiser.
 */
public final class NelderMead {

    /** The best point found and its objective value. */
    public record Result(double[] point, double value, int evaluations) {
    }

    private NelderMead() {
    }

    /**
     * Minimises {@code f} from {@code start}, with an initial simplex of one step per coordinate.
     *
     * @param relTolerance stop when the simplex's values agree to this relative tolerance
     * @param maxEvaluations hard limit on objective evaluations
     */
    public static Result minimise(ToDoubleFunction<double[]> f, double[] start, double[] steps,
                                  double relTolerance, int maxEvaluations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = f.applyAsDouble(simplex[0]);
        int evals = 1;
        for (int i = 0; i < n; i++) {
            double[] p = start.clone();
            p[i] += steps[i];
            double v = f.applyAsDouble(p);
            evals++;
            if (!Double.isFinite(v)) {
                p[i] = start[i] - steps[i];
                v = f.applyAsDouble(p);
                evals++;
            }
            simplex[i + 1] = p;
            values[i + 1] = v;
        }
        Integer[] order = new Integer[n + 1];
        double[] centroid = new double[n];
        double[] trial = new double[n];
        double[] trial2 = new double[n];
        while (evals < maxEvaluations) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] vs = values;
            Arrays.sort(order, (a, b) -> Double.compare(vs[a], vs[b]));
            double[][] s2 = new double[n + 1][];
            double[] v2 = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s2[i] = simplex[order[i]];
                v2[i] = values[order[i]];
            }
            simplex = s2;
            values = v2;
            double best = values[0];
            double worst = values[n];
            if (Double.isFinite(worst)
                    && Math.abs(worst - best) <= relTolerance * (Math.abs(best) + relTolerance)) {
                break;
            }
            Arrays.fill(centroid, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            for (int j = 0; j < n; j++) {
                trial[j] = centroid[j] + (centroid[j] - simplex[n][j]);
            }
            double fr = f.applyAsDouble(trial);
            evals++;
            if (fr < values[0]) {
                for (int j = 0; j < n; j++) {
                    trial2[j] = centroid[j] + 2 * (centroid[j] - simplex[n][j]);
                }
                double fe = f.applyAsDouble(trial2);
                evals++;
                if (fe < fr) {
                    simplex[n] = trial2.clone();
                    values[n] = fe;
                } else {
                    simplex[n] = trial.clone();
                    values[n] = fr;
                }
            } else if (fr < values[n - 1]) {
                simplex[n] = trial.clone();
                values[n] = fr;
            } else {
                boolean outside = fr < values[n];
                for (int j = 0; j < n; j++) {
                    trial2[j] = outside
                            ? centroid[j] + 0.5 * (trial[j] - centroid[j])
                            : centroid[j] + 0.5 * (simplex[n][j] - centroid[j]);
                }
                double fc = f.applyAsDouble(trial2);
                evals++;
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = trial2.clone();
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        for (int j = 0; j < n; j++) {
                            simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                        }
                        values[i] = f.applyAsDouble(simplex[i]);
                        evals++;
                    }
                }
            }
        }
        int bestIdx = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[bestIdx]) {
                bestIdx = i;
            }
        }
        return new Result(simplex[bestIdx].clone(), values[bestIdx], evals);
    }
}
