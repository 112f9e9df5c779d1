package org.itm.governance.selection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;
import org.itm.governance.selection.Candidate;
import org.itm.governance.selection.SelectionDecision;
import org.itm.governance.selection.SelectionProblem;
import org.itm.governance.selection.SelectionResult;
import org.itm.governance.selection.Selector;
import org.itm.governance.portfolio.TeamQuarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact 0-1 selection by depth-first branch and bound.
 *
 * <p>Every limit (budget year, team-quarter, risk cap) is a row {@code Σ w_i x_i ≤ C} with integer weights: money is
 * scaled exactly to integers, FTE and risk to millionths. A node fixes candidates in or out and propagates at once:
 * taking a candidate takes its transitive prerequisites and drops everything they exclude; dropping one drops its
 * transitive dependents. The bound at a node is the smallest of fractional-knapsack relaxations of (a) the surrogate
 * row {@code Σ_k λ_k w_ik ≤ Σ_k λ_k C_k}, weighted by the dual prices λ of the root LP relaxation (a surrogate of valid
 * rows is itself valid, so the bound never cuts off the optimum), and (b) reduced-value fixing against the
 * Lagrangian bound with the same prices.
 */
public final class BranchAndBoundSelector implements Selector {

    private static final Logger LOG = LoggerFactory.getLogger(BranchAndBoundSelector.class);
    private static final double FTE_SCALE = 1_000_000d;
    private static final int CORE_SIZE = 40;
    private static final long CORE_NODES = 200_000;
    private static final byte FREE = 0;
    private static final byte IN = 1;
    private static final byte OUT = 2;

    private final long maxNodes;

    public BranchAndBoundSelector(long maxNodes) {
        this.maxNodes = maxNodes;
    }

    @Override
    public SelectionResult select(SelectionProblem problem) {
        return new Search(problem, maxNodes).run();
    }

    private static final class Search {
        final SelectionProblem problem;
        final long maxNodes;
        final List<Candidate> cands;
        final int n;
        final double[] value;
        final List<String> rowNames = new ArrayList<>();
        final List<Integer> rowYear = new ArrayList<>();
        long[] cap;
        int[][] rowsOf;
        long[][] wOf;
        int[][] reqClosure;
        int[][] depClosure;
        int[][] excl;
        final int moneyScale;

        // the search state, sized when a search starts
        byte[] st = new byte[0];
        long[] used = new long[0];
        double cur;
        int[] trail = new int[0];
        int trailSize;

        int[] order = new int[0];
        double[] surrogate = new double[0];
        double[] reduced = new double[0];
        int[] branchOrder = new int[0];
        double[] lambda = new double[0];

        double best = -1;
        BitSet bestSet = new BitSet();
        long nodes;
        long coreLimit = Long.MAX_VALUE;
        long lastImprovement;
        boolean aborted;
        final Map<Integer, String> neverReason = new HashMap<>();

        Search(SelectionProblem problem, long maxNodes) {
            this.problem = problem;
            this.maxNodes = maxNodes;
            this.cands = problem.candidates();
            this.n = cands.size();
            this.value = cands.stream().mapToDouble(Candidate::value).toArray();
            int scale = Math.max(0, problem.currency().getDefaultFractionDigits());
            for (BigDecimal b : problem.budgets().values()) {
                scale = Math.max(scale, b.stripTrailingZeros().scale());
            }
            for (Candidate c : cands) {
                for (BigDecimal b : c.costByYear().values()) {
                    scale = Math.max(scale, b.stripTrailingZeros().scale());
                }
            }
            this.moneyScale = scale;
            buildRows();
            buildLinks();
        }

        private long money(BigDecimal amount) {
            return amount.movePointRight(moneyScale).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        }

        private void buildRows() {
            Map<Integer, Integer> yearRow = new HashMap<>();
            Map<TeamQuarter, Integer> tqRow = new HashMap<>();
            List<Long> caps = new ArrayList<>();
            problem.budgets().forEach((y, b) -> {
                yearRow.put(y, caps.size());
                caps.add(money(b));
                rowNames.add("the " + y + " budget");
                rowYear.add(y);
            });
            problem.capacity().forEach((tq, f) -> {
                tqRow.put(tq, caps.size());
                caps.add(Math.round(f * FTE_SCALE));
                rowNames.add(tq.team() + " capacity in " + tq.quarter());
                rowYear.add(null);
            });
            int riskRow = -1;
            if (problem.riskCap().isPresent()) {
                riskRow = caps.size();
                caps.add(Math.round(problem.riskCap().getAsDouble() * FTE_SCALE));
                rowNames.add("the risk cap");
                rowYear.add(null);
            }
            cap = caps.stream().mapToLong(Long::longValue).toArray();
            rowsOf = new int[n][];
            wOf = new long[n][];
            for (int i = 0; i < n; i++) {
                Candidate c = cands.get(i);
                TreeMap<Integer, Long> w = new TreeMap<>();
                for (var e : c.costByYear().entrySet()) {
                    Integer r = yearRow.get(e.getKey());
                    if (r != null && e.getValue().signum() > 0) {
                        w.merge(r, money(e.getValue()), Long::sum);
                    }
                }
                for (var e : c.demand().entrySet()) {
                    Integer r = tqRow.get(e.getKey());
                    long f = Math.round(e.getValue() * FTE_SCALE);
                    if (r != null && f > 0) {
                        w.merge(r, f, Long::sum);
                    }
                }
                long risk = Math.round(c.risk() * FTE_SCALE);
                if (riskRow >= 0 && risk > 0) {
                    w.put(riskRow, risk);
                }
                rowsOf[i] = w.keySet().stream().mapToInt(Integer::intValue).toArray();
                wOf[i] = w.values().stream().mapToLong(Long::longValue).toArray();
            }
        }

        private void buildLinks() {
            Map<InitiativeId, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(cands.get(i).id(), i);
            }
            List<List<Integer>> req = new ArrayList<>();
            List<BitSet> ex = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                req.add(cands.get(i).requires().stream().map(index::get).sorted().toList());
                ex.add(new BitSet(n));
            }
            for (int i = 0; i < n; i++) {
                for (InitiativeId e : cands.get(i).excludes()) {
                    int j = Objects.requireNonNull(index.get(e));
                    ex.get(i).set(j);
                    ex.get(j).set(i);
                }
            }
            excl = new int[n][];
            for (int i = 0; i < n; i++) {
                excl[i] = ex.get(i).stream().toArray();
            }
            BitSet[] closure = new BitSet[n];
            for (int i = 0; i < n; i++) {
                BitSet seen = new BitSet(n);
                ArrayList<Integer> stack = new ArrayList<>(req.get(i));
                while (!stack.isEmpty()) {
                    int j = stack.remove(stack.size() - 1);
                    if (j != i && !seen.get(j)) {
                        seen.set(j);
                        stack.addAll(req.get(j));
                    }
                }
                closure[i] = seen;
            }
            reqClosure = new int[n][];
            BitSet[] deps = new BitSet[n];
            for (int i = 0; i < n; i++) {
                deps[i] = new BitSet(n);
            }
            for (int i = 0; i < n; i++) {
                reqClosure[i] = closure[i].stream().toArray();
                for (int j : reqClosure[i]) {
                    deps[j].set(i);
                }
            }
            depClosure = new int[n][];
            for (int i = 0; i < n; i++) {
                depClosure[i] = deps[i].stream().toArray();
            }
        }

        SelectionResult run() {
            st = new byte[n];
            used = new long[cap.length];
            trail = new int[4 * n + 16];
            List<String> infeasible = checkMandatory();
            if (!infeasible.isEmpty()) {
                LOG.debug("selection infeasible: {}", infeasible);
                return new SelectionResult(SelectionResult.Status.INFEASIBLE, List.of(), 0, Map.of(), 0, List.of(),
                        infeasible, 0, 0);
            }
            markNeverSelectable();
            best = cur;
            bestSet = currentSet();
            order = orderBy(i -> totalWeightShare(i));
            greedy();
            prepareBounds();
            greedy();
            localSearch();
            coreSearch();
            double rootBound = bound();
            LOG.debug("root: incumbent {} bound {}", best, rootBound);
            dfs(0);
            LOG.debug("selection of {} candidates: value {} after {} nodes (last improvement at node {}){}", n, best, nodes,
                    lastImprovement, aborted ? " (node limit)" : "");
            return result(rootBound);
        }

        /** Fixes the mandatory closure in; returns why that is impossible, if it is. */
        private List<String> checkMandatory() {
            List<String> reasons = new ArrayList<>();
            Map<Integer, String> why = new LinkedHashMap<>();
            for (InitiativeId m : problem.mandatory()) {
                int i = indexOf(m);
                why.put(i, "mandatory " + m);
            }
            for (InitiativeId m : problem.mandatory()) {
                int i = indexOf(m);
                for (int j : reqClosure[i]) {
                    why.putIfAbsent(j, cands.get(j).id() + " (required by mandatory " + m + ")");
                }
            }
            List<Integer> set = new ArrayList<>(why.keySet());
            for (int a = 0; a < set.size(); a++) {
                for (int b = a + 1; b < set.size(); b++) {
                    int x = set.get(a);
                    int y = set.get(b);
                    if (Arrays.binarySearch(excl[x], y) >= 0) {
                        reasons.add(why.get(x) + " and " + why.get(y) + " exclude each other");
                    }
                }
            }
            long[] need = new long[cap.length];
            for (int i : set) {
                for (int r = 0; r < rowsOf[i].length; r++) {
                    need[rowsOf[i][r]] += wOf[i][r];
                }
            }
            for (int k = 0; k < cap.length; k++) {
                if (need[k] > cap[k]) {
                    reasons.add("the mandatory set " + set.stream().map(i -> cands.get(i).id().value()).sorted()
                            .collect(Collectors.joining(", ", "{", "}")) + " exceeds " + rowNames.get(k) + " by "
                            + amount(k, need[k] - cap[k]) + " (needs " + amount(k, need[k]) + ", limit " + amount(k, cap[k]) + ")");
                }
            }
            if (reasons.isEmpty()) {
                for (int i : set) {
                    if (st[i] == FREE) {
                        setIn(i);
                    }
                }
                for (int i : set) {
                    for (int p : excl[i]) {
                        exclude(p);
                    }
                }
            }
            return reasons;
        }

        /** Candidates whose own prerequisites conflict or overflow a limit can never be chosen. */
        private void markNeverSelectable() {
            for (int i = 0; i < n; i++) {
                if (st[i] != FREE) {
                    continue;
                }
                List<Integer> group = new ArrayList<>();
                group.add(i);
                for (int j : reqClosure[i]) {
                    group.add(j);
                }
                String reason = null;
                for (int a : group) {
                    if (st[a] == OUT) {
                        reason = "requires " + cands.get(a).id() + ", which cannot be selected";
                    }
                    for (int b : group) {
                        if (a < b && Arrays.binarySearch(excl[a], b) >= 0) {
                            reason = (a == i ? "it" : cands.get(a).id().value()) + " excludes " + cands.get(b).id()
                                    + (b == i || a == i ? "" : ", both required by it");
                        }
                    }
                }
                if (reason == null) {
                    long[] need = used.clone();
                    for (int a : group) {
                        if (st[a] == FREE) {
                            for (int r = 0; r < rowsOf[a].length; r++) {
                                need[rowsOf[a][r]] += wOf[a][r];
                            }
                        }
                    }
                    for (int k = 0; k < cap.length && reason == null; k++) {
                        if (need[k] > cap[k]) {
                            reason = "with its prerequisites (and any mandatory initiatives) it exceeds " + rowNames.get(k) + " by "
                                    + amount(k, need[k] - cap[k]);
                        }
                    }
                }
                if (reason != null) {
                    neverReason.put(i, reason);
                    exclude(i);
                }
            }
        }

        private void prepareBounds() {
            long[] resid = new long[cap.length];
            for (int k = 0; k < cap.length; k++) {
                resid[k] = cap[k] - used[k];
            }
            lambda = lagrangianMultipliers(resid);
            surrogate = new double[n];
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < rowsOf[i].length; r++) {
                    surrogate[i] += lambda[rowsOf[i][r]] * wOf[i][r];
                }
            }
            order = orderBy(i -> surrogate[i]);
            reduced = new double[n];
            for (int i = 0; i < n; i++) {
                reduced[i] = value[i] - surrogate[i];
            }
            // ratio order: the greedy dive finds a strong incumbent first, which the bounds then exploit
            branchOrder = order;
        }

        /**
         * Multipliers for the surrogate row: the dual prices of the limits in the LP relaxation at the root, so the
         * surrogate bound at the root equals the LP bound (much tighter than weighting every row equally).
         */
        private double[] lagrangianMultipliers(long[] resid) {
            int m = cap.length;
            double[] lambda = new double[m];
            if (m == 0) {
                return lambda;
            }
            int[] free = IntStream.range(0, n).filter(i -> st[i] == FREE && value[i] > 0).toArray();
            double[][] a = new double[m][free.length];
            double[] b = new double[m];
            double[] c = new double[free.length];
            for (int k = 0; k < m; k++) {
                b[k] = 1;
            }
            for (int f = 0; f < free.length; f++) {
                int i = free[f];
                c[f] = value[i];
                for (int r = 0; r < rowsOf[i].length; r++) {
                    int k = rowsOf[i][r];
                    a[k][f] = wOf[i][r] / (double) Math.max(1, resid[k]);
                }
            }
            double[] duals = BoundedLp.solve(a, b, c);
            for (int k = 0; k < m; k++) {
                // a tiny weight on every row keeps items that use only unpriced rows from looking weightless
                lambda[k] = (duals[k] + 1e-9) / Math.max(1, resid[k]);
            }
            return lambda;
        }

        private int[] orderBy(IntToDoubleFunction weight) {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> {
                double wa = weight.applyAsDouble(a);
                double wb = weight.applyAsDouble(b);
                double ra = wa <= 0 ? Double.POSITIVE_INFINITY : value[a] / wa;
                double rb = wb <= 0 ? Double.POSITIVE_INFINITY : value[b] / wb;
                int c = Double.compare(rb, ra);
                return c != 0 ? c : Double.compare(value[b], value[a]);
            });
            return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
        }

        private double totalWeightShare(int i) {
            double w = 0;
            for (int r = 0; r < rowsOf[i].length; r++) {
                w += wOf[i][r] / (double) Math.max(1, cap[rowsOf[i][r]] - used[rowsOf[i][r]]);
            }
            return w;
        }

        private boolean fitsAlone(int i) {
            for (int r = 0; r < rowsOf[i].length; r++) {
                int k = rowsOf[i][r];
                if (used[k] + wOf[i][r] > cap[k]) {
                    return false;
                }
            }
            return true;
        }

        private double bound() {
            double resid = 0;
            for (int k = 0; k < cap.length; k++) {
                resid += lambda[k] * (cap[k] - used[k]);
            }
            double b = cur + fractional(order, i -> surrogate[i], resid);
            return b;
        }

        /**
         * Reduced-value fixing: with the Lagrangian bound {@code L = cur + Σ λ_k (C_k − used_k) + Σ max(0, r_i)},
         * {@code r_i = v_i − Σ λ_k w_ik}, taking a candidate with {@code r_i < 0} lowers L by {@code −r_i}, and leaving
         * out one with {@code r_i > 0} lowers it by {@code r_i}; when that drops L to the incumbent, no better selection
         * in this subtree makes that choice, so the opposite choice is fixed. Returns false when the node is dead.
         */
        private boolean fixByReducedValue() {
            double l = cur;
            for (int k = 0; k < cap.length; k++) {
                l += lambda[k] * (cap[k] - used[k]);
            }
            for (int i = 0; i < n; i++) {
                if (st[i] == FREE && reduced[i] > 0 && fitsAlone(i)) {
                    l += reduced[i];
                }
            }
            double target = best + eps();
            if (l <= target) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (st[i] != FREE) {
                    continue;
                }
                if (reduced[i] < 0 && l + reduced[i] <= target) {
                    if (!exclude(i)) {
                        return false;
                    }
                } else if (reduced[i] > 0 && l - reduced[i] <= target && fitsAlone(i)) {
                    if (!include(i)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private double fractional(int[] ord, IntToDoubleFunction weight, double resid) {
            double add = 0;
            for (int i : ord) {
                if (st[i] != FREE || value[i] <= 0 || !fitsAlone(i)) {
                    continue;
                }
                double w = weight.applyAsDouble(i);
                if (w <= resid) {
                    add += value[i];
                    resid -= w;
                } else {
                    add += value[i] * (resid / w);
                    break;
                }
            }
            return add;
        }

        private void greedy() {
            int mark = trailSize;
            for (int i : order) {
                if (st[i] == FREE && value[i] > 0) {
                    int m = trailSize;
                    if (!include(i)) {
                        undo(m);
                    }
                }
            }
            if (cur > best) {
                best = cur;
                bestSet = currentSet();
            }
            undo(mark);
        }

        /**
         * Improves the incumbent before the search: repeatedly drops one or two chosen candidates and refills greedily
         * (taking prerequisites along), keeping any change that adds value. A strong incumbent early lets the bound
         * prune most of the tree; the result stays exact because the search still proves optimality.
         */
        private void localSearch() {
            boolean[] sel = new boolean[n];
            long[] load = used.clone();
            double val = cur;
            for (int i = bestSet.nextSetBit(0); i >= 0; i = bestSet.nextSetBit(i + 1)) {
                sel[i] = true;
                if (st[i] != IN) {
                    addLoad(load, i, 1);
                    val += value[i];
                }
            }
            boolean improved = true;
            int rounds = 0;
            while (improved && rounds++ < 50) {
                improved = false;
                for (int a = 0; a < n && !improved; a++) {
                    if (!removable(a, sel)) {
                        continue;
                    }
                    for (int b = a; b < n && !improved; b++) {
                        if (b != a && !removable(b, sel)) {
                            continue;
                        }
                        boolean[] trySel = sel.clone();
                        long[] tryLoad = load.clone();
                        double tryVal = val;
                        trySel[a] = false;
                        addLoad(tryLoad, a, -1);
                        tryVal -= value[a];
                        if (b != a) {
                            if (!removable(b, trySel)) {
                                continue;
                            }
                            trySel[b] = false;
                            addLoad(tryLoad, b, -1);
                            tryVal -= value[b];
                        }
                        for (int j : order) {
                            if (j != a && j != b && !trySel[j] && st[j] != OUT && value[j] > 0) {
                                tryVal += addGroup(j, trySel, tryLoad);
                            }
                        }
                        if (tryVal > val + eps()) {
                            sel = trySel;
                            load = tryLoad;
                            val = tryVal;
                            improved = true;
                        }
                    }
                }
            }
            if (val > best + eps()) {
                best = val;
                bestSet = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    if (sel[i]) {
                        bestSet.set(i);
                    }
                }
            }
        }

        private boolean removable(int i, boolean[] sel) {
            if (!sel[i] || st[i] == IN) {
                return false;
            }
            for (int d : depClosure[i]) {
                if (sel[d]) {
                    return false;
                }
            }
            return true;
        }

        private void addLoad(long[] load, int i, int sign) {
            for (int r = 0; r < rowsOf[i].length; r++) {
                load[rowsOf[i][r]] += sign * wOf[i][r];
            }
        }

        /** Adds {@code j} with its missing prerequisites if all fit and nothing excludes them; returns the value added. */
        private double addGroup(int j, boolean[] sel, long[] load) {
            int[] group = new int[reqClosure[j].length + 1];
            int g = 0;
            group[g++] = j;
            for (int p : reqClosure[j]) {
                if (!sel[p]) {
                    if (st[p] == OUT) {
                        return 0;
                    }
                    group[g++] = p;
                }
            }
            for (int x = 0; x < g; x++) {
                for (int e : excl[group[x]]) {
                    if (sel[e]) {
                        return 0;
                    }
                    for (int y = 0; y < g; y++) {
                        if (group[y] == e) {
                            return 0;
                        }
                    }
                }
            }
            for (int x = 0; x < g; x++) {
                addLoad(load, group[x], 1);
            }
            boolean fits = true;
            for (int x = 0; x < g && fits; x++) {
                int i = group[x];
                for (int r = 0; r < rowsOf[i].length; r++) {
                    if (load[rowsOf[i][r]] > cap[rowsOf[i][r]]) {
                        fits = false;
                        break;
                    }
                }
            }
            if (!fits) {
                for (int x = 0; x < g; x++) {
                    addLoad(load, group[x], -1);
                }
                return 0;
            }
            double added = 0;
            for (int x = 0; x < g; x++) {
                sel[group[x]] = true;
                added += value[group[x]];
            }
            return added;
        }

        /**
         * The core heuristic: fixes every candidate whose LP reduced value is far from zero at its LP side (in when
         * clearly profitable, out when clearly not), and searches the remaining "core" of uncertain candidates with a
         * node budget. It only supplies an incumbent; the full search that follows still proves optimality.
         */
        private void coreSearch() {
            double[] mags = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (st[i] == FREE && value[i] > 0) {
                    mags[m++] = Math.abs(reduced[i]);
                }
            }
            if (m <= CORE_SIZE) {
                return;
            }
            double[] sorted = Arrays.copyOf(mags, m);
            Arrays.sort(sorted);
            double delta = sorted[CORE_SIZE];
            int mark = trailSize;
            for (int i : order) {
                if (st[i] == FREE && value[i] > 0 && reduced[i] > delta) {
                    int m2 = trailSize;
                    if (!include(i)) {
                        undo(m2);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (st[i] == FREE && reduced[i] < -delta) {
                    int m2 = trailSize;
                    if (!exclude(i)) {
                        undo(m2);
                    }
                }
            }
            long saved = nodes;
            long limit = nodes + CORE_NODES;
            coreLimit = limit;
            dfs(0);
            coreLimit = Long.MAX_VALUE;
            aborted = false;
            nodes = saved;
            undo(mark);
        }

        private void dfs(int pos) {
            if (++nodes > Math.min(maxNodes, coreLimit)) {
                aborted = true;
                return;
            }
            if (cur > best + eps()) {
                best = cur;
                bestSet = currentSet();
                lastImprovement = nodes;
            }
            while (pos < n && (st[branchOrder[pos]] != FREE || value[branchOrder[pos]] <= 0)) {
                pos++;
            }
            if (pos == n) {
                return;
            }
            if (bound() <= best + eps() || !fixByReducedValue()) {
                return;
            }
            while (pos < n && (st[branchOrder[pos]] != FREE || value[branchOrder[pos]] <= 0)) {
                pos++;
            }
            if (pos == n) {
                if (cur > best + eps()) {
                    best = cur;
                    bestSet = currentSet();
                }
                return;
            }
            int i = branchOrder[pos];
            int mark = trailSize;
            boolean inFirst = true;
            for (int side = 0; side < 2 && !aborted; side++) {
                boolean take = (side == 0) == inFirst;
                if (take ? include(i) : exclude(i)) {
                    dfs(pos + 1);
                }
                undo(mark);
            }
        }

        private double eps() {
            return 1e-9 * Math.max(1, Math.abs(best));
        }

        private boolean include(int i) {
            int start = trailSize;
            if (st[i] == OUT) {
                return false;
            }
            for (int j : reqClosure[i]) {
                if (st[j] == OUT) {
                    return false;
                }
            }
            if (st[i] == FREE) {
                setIn(i);
            }
            for (int j : reqClosure[i]) {
                if (st[j] == FREE) {
                    setIn(j);
                }
            }
            int end = trailSize;
            for (int t = start; t < end; t++) {
                int j = trail[t];
                for (int r = 0; r < rowsOf[j].length; r++) {
                    if (used[rowsOf[j][r]] > cap[rowsOf[j][r]]) {
                        return false;
                    }
                }
            }
            for (int t = start; t < end; t++) {
                for (int p : excl[trail[t]]) {
                    if (!exclude(p)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean exclude(int p) {
            if (st[p] == IN) {
                return false;
            }
            if (st[p] == FREE) {
                setOut(p);
            }
            for (int d : depClosure[p]) {
                if (st[d] == IN) {
                    return false;
                }
                if (st[d] == FREE) {
                    setOut(d);
                }
            }
            return true;
        }

        private void setIn(int i) {
            st[i] = IN;
            for (int r = 0; r < rowsOf[i].length; r++) {
                used[rowsOf[i][r]] += wOf[i][r];
            }
            cur += value[i];
            push(i);
        }

        private void setOut(int i) {
            st[i] = OUT;
            push(i);
        }

        private void push(int i) {
            if (trailSize == trail.length) {
                trail = Arrays.copyOf(trail, trail.length * 2);
            }
            trail[trailSize++] = i;
        }

        private void undo(int mark) {
            while (trailSize > mark) {
                int i = trail[--trailSize];
                if (st[i] == IN) {
                    for (int r = 0; r < rowsOf[i].length; r++) {
                        used[rowsOf[i][r]] -= wOf[i][r];
                    }
                    cur -= value[i];
                }
                st[i] = FREE;
            }
        }

        private BitSet currentSet() {
            BitSet s = new BitSet(n);
            for (int i = 0; i < n; i++) {
                if (st[i] == IN) {
                    s.set(i);
                }
            }
            return s;
        }

        private int indexOf(InitiativeId id) {
            for (int i = 0; i < n; i++) {
                if (cands.get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new IllegalStateException("unknown candidate " + id);
        }

        private String amount(int k, long v) {
            Integer year = rowYear.get(k);
            if (year != null) {
                return BigDecimal.valueOf(v, moneyScale).setScale(Math.max(2, moneyScale), RoundingMode.UNNECESSARY)
                        .toPlainString() + " " + problem.currency().getCurrencyCode();
            }
            String unit = rowNames.get(k).startsWith("the risk") ? "" : " FTE";
            return String.format(Locale.ROOT, "%.2f", v / FTE_SCALE) + unit;
        }

        private SelectionResult result(double rootBound) {
            double total = 0;
            double risk = 0;
            List<InitiativeId> selected = new ArrayList<>();
            Map<Integer, BigDecimal> spend = new TreeMap<>();
            long[] load = new long[cap.length];
            for (int i = bestSet.nextSetBit(0); i >= 0; i = bestSet.nextSetBit(i + 1)) {
                Candidate c = cands.get(i);
                selected.add(c.id());
                total += value[i];
                risk += c.risk();
                c.costByYear().forEach((y, a) -> spend.merge(y, a, BigDecimal::add));
                for (int r = 0; r < rowsOf[i].length; r++) {
                    load[rowsOf[i][r]] += wOf[i][r];
                }
            }
            Map<Integer, Money> spendMoney = new TreeMap<>();
            spend.forEach((y, a) -> spendMoney.put(y, new Money(a, problem.currency()).rounded()));
            List<SelectionDecision> decisions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                decisions.add(new SelectionDecision(cands.get(i).id(), bestSet.get(i), reason(i, load)));
            }
            SelectionResult.Status status = aborted ? SelectionResult.Status.NODE_LIMIT_REACHED : SelectionResult.Status.OPTIMAL;
            return new SelectionResult(status, selected, total, spendMoney, risk, decisions, List.of(),
                    aborted ? rootBound : total, nodes);
        }

        private String reason(int i, long[] load) {
            Candidate c = cands.get(i);
            if (bestSet.get(i)) {
                if (problem.mandatory().contains(c.id())) {
                    return "mandatory";
                }
                for (int j = bestSet.nextSetBit(0); j >= 0; j = bestSet.nextSetBit(j + 1)) {
                    if (Arrays.binarySearch(reqClosure[j], i) >= 0 && problem.mandatory().contains(cands.get(j).id())) {
                        return "required by mandatory " + cands.get(j).id();
                    }
                }
                String by = "";
                for (int j = bestSet.nextSetBit(0); j >= 0; j = bestSet.nextSetBit(j + 1)) {
                    if (Arrays.binarySearch(reqClosure[j], i) >= 0) {
                        by = ", also required by " + cands.get(j).id();
                        break;
                    }
                }
                return String.format(Locale.ROOT, "value %.3f for %s %s over its life%s", value[i],
                        c.totalCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                        problem.currency().getCurrencyCode(), by);
            }
            if (neverReason.containsKey(i)) {
                return "can never be selected: " + neverReason.get(i);
            }
            List<String> why = new ArrayList<>();
            List<Integer> group = new ArrayList<>();
            group.add(i);
            for (int j : reqClosure[i]) {
                if (!bestSet.get(j)) {
                    group.add(j);
                    if (!neverReason.containsKey(j)) {
                        why.add("requires " + cands.get(j).id() + ", which is not selected");
                    }
                }
            }
            for (int a : group) {
                for (int p : excl[a]) {
                    if (bestSet.get(p)) {
                        why.add((a == i ? "excluded by selected " : "its prerequisite " + cands.get(a).id() + " is excluded by selected ")
                                + cands.get(p).id());
                    }
                }
            }
            long[] need = load.clone();
            for (int a : group) {
                for (int r = 0; r < rowsOf[a].length; r++) {
                    need[rowsOf[a][r]] += wOf[a][r];
                }
            }
            for (int k = 0; k < cap.length; k++) {
                if (need[k] > cap[k]) {
                    why.add("adding it would exceed " + rowNames.get(k) + " by " + amount(k, need[k] - cap[k]));
                }
            }
            if (why.isEmpty()) {
                why.add(value[i] <= 0 ? "adds no value" : "not reached within the node limit");
            }
            return String.join("; ", why);
        }
    }
}
