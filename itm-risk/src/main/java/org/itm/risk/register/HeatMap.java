package org.itm.risk.register;

import org.itm.core.validation.Checks;

/**
 * Counts of risks per (likelihood, impact) cell. Levels are 1-based as on the scales.
 */
public final class HeatMap {

    private final RiskMatrix matrix;
    private final int[][] counts;

    HeatMap(RiskMatrix matrix, int[][] counts) {
        this.matrix = matrix;
        this.counts = counts;
    }

    public RiskMatrix matrix() {
        return matrix;
    }

    /** Number of risks at {@code likelihood} × {@code impact}. */
    public int count(int likelihood, int impact) {
        Checks.between(likelihood, 1, matrix.likelihoodLevels(), "likelihood");
        Checks.between(impact, 1, matrix.impactLevels(), "impact");
        return counts[likelihood - 1][impact - 1];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    /** A text grid, highest likelihood on top, impact left to right. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (int l = matrix.likelihoodLevels(); l >= 1; l--) {
            sb.append(String.format("%-15s|", matrix.likelihoodLabels().get(l - 1)));
            for (int i = 1; i <= matrix.impactLevels(); i++) {
                sb.append(String.format(" %3d", count(l, i)));
            }
            sb.append('\n');
        }
        sb.append(String.format("%-15s+", "")).append("----".repeat(matrix.impactLevels())).append('\n');
        sb.append(String.format("%-16s", "impact ->"));
        for (int i = 1; i <= matrix.impactLevels(); i++) {
            sb.append(String.format(" %3d", i));
        }
        return sb.append('\n').toString();
    }
}
