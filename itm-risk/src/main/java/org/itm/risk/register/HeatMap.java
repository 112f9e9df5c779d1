package org.itm.risk.register;

import org.itm.core.validation.Checks;

/**
 * Counts of risks per (likelihood, impact) cell. Levels are 1-based as on the scales. Made by
 * {@link RiskRegister#heatMap(boolean)}; a snapshot that later changes to the register do not alter.
 *
 * @since 0.1
 */
public final class HeatMap {

    private final RiskMatrix matrix;
    private final int[][] counts;

    HeatMap(RiskMatrix matrix, int[][] counts) {
        this.matrix = matrix;
        this.counts = counts;
    }

    /**
     * The scales the cells are laid out on.
     *
     * @return the register's matrix
     */
    public RiskMatrix matrix() {
        return matrix;
    }

    /**
     * Number of risks in one cell.
     *
     * @param likelihood the likelihood level, 1 to the matrix's likelihood levels
     * @param impact     the impact level, 1 to the matrix's impact levels
     * @return the count, zero or more
     * @throws org.itm.core.ItmValidationException naming {@code likelihood} or {@code impact} when off the scale
     */
    public int count(int likelihood, int impact) {
        Checks.between(likelihood, 1, matrix.likelihoodLevels(), "likelihood");
        Checks.between(impact, 1, matrix.impactLevels(), "impact");
        return counts[likelihood - 1][impact - 1];
    }

    /**
     * Number of risks in all cells.
     *
     * @return the register's size when the map was made
     */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    /**
     * A text grid for a console or report, highest likelihood on top, impact left to right:
     * <pre>
     * Likely         |   0   0   0   1   0
     * Possible       |   0   0   0   1   0
     * </pre>
     * each row labelled with the likelihood label (the full grid also has the other rows, a rule and the impact
     * levels underneath).
     *
     * @return the grid, each line ending in {@code \n}
     */
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
