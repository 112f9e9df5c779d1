package org.itm.governance.selection.internal;

/**
 * The LP relaxation {@code max c·x, A x ≤ b, 0 ≤ x ≤ 1} with {@code b ≥ 0}, solved by a dense tableau simplex
 * (Dantzig's rule, Bland's rule after many degenerate pivots so it cannot cycle). Used once per selection to
 * obtain the dual prices of the limits, which weight the surrogate row of the branch and bound.
 */
final class BoundedLp {

    private BoundedLp() {
    }

    /** Returns the duals of the rows of {@code a} followed by the LP optimum as the last element. */
    static double[] solve(double[][] a, double[] b, double[] c) {
        int m = a.length;
        int n = c.length;
        int rows = m + n;
        int cols = n + rows;
        double[][] t = new double[rows + 1][cols + 1];
        int[] basis = new int[rows];
        for (int r = 0; r < m; r++) {
            System.arraycopy(a[r], 0, t[r], 0, n);
            t[r][n + r] = 1;
            t[r][cols] = b[r];
            basis[r] = n + r;
        }
        for (int i = 0; i < n; i++) {
            int r = m + i;
            t[r][i] = 1;
            t[r][n + r] = 1;
            t[r][cols] = 1;
            basis[r] = n + r;
        }
        for (int j = 0; j < n; j++) {
            t[rows][j] = -c[j];
        }
        int degenerate = 0;
        for (int iter = 0; iter < 50_000; iter++) {
            boolean bland = degenerate > 50;
            int enter = -1;
            double most = -1e-12;
            for (int j = 0; j < cols; j++) {
                if (t[rows][j] < most) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                    most = t[rows][j];
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                double e = t[r][enter];
                if (e > 1e-12) {
                    double q = t[r][cols] / e;
                    if (q < ratio - 1e-12 || (Math.abs(q - ratio) <= 1e-12 && leave >= 0 && basis[r] < basis[leave])) {
                        ratio = q;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                break;
            }
            degenerate = ratio < 1e-12 ? degenerate + 1 : 0;
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
        double[] out = new double[m + 1];
        for (int r = 0; r < m; r++) {
            out[r] = Math.max(0, t[rows][n + r]);
        }
        out[m] = t[rows][cols];
        return out;
    }

    private static void pivot(double[][] t, int row, int col) {
        double[] pr = t[row];
        double p = pr[col];
        for (int j = 0; j < pr.length; j++) {
            pr[j] /= p;
        }
        for (int r = 0; r < t.length; r++) {
            if (r == row) {
                continue;
            }
            double f = t[r][col];
            if (f != 0) {
                double[] tr = t[r];
                for (int j = 0; j < tr.length; j++) {
                    tr[j] -= f * pr[j];
                }
            }
        }
    }
}
