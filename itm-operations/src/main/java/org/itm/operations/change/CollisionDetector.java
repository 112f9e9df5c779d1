package org.itm.operations.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * Finds all pairs of changes whose windows overlap and that touch the same CI or CIs connected within
 * {@code depth} relationships.
 *
 * <p>A sweep over window starts keeps only the changes whose windows are still open, indexed by CI; each change
 * is compared only with open changes on its CIs and their neighbours, never with all others. Neighbourhoods are
 * computed once per CI and call. Cost: O(n log n + Σ open changes on neighbouring CIs).
 *
 * @since 0.1
 */
public final class CollisionDetector {

    private final CiTopology topology;
    private final int depth;

    private CollisionDetector(CiTopology topology, int depth) {
        this.topology = Checks.notNull(topology, "topology");
        this.depth = Checks.notNegative(depth, "depth");
    }

    /**
     * A detector following {@code topology}; it keeps no state and is thread-safe if the topology is.
     *
     * @param topology how CIs are connected, e.g. {@link CiTopology#of}
     * @param depth    relationships to follow, 0 or more (0: same CI only)
     * @return the detector
     * @throws org.itm.core.ItmValidationException if {@code topology} is null or {@code depth} negative
     */
    public static CollisionDetector create(CiTopology topology, int depth) {
        return new CollisionDetector(topology, depth);
    }

    /**
     * Every colliding pair of the changes that hold a window (scheduled or later; cancelled changes and those
     * without a window take no part), as {@link #find}.
     *
     * @param changes changes in any state
     * @return the collisions, each pair once, ordered by the start of the later change
     * @throws org.itm.core.ItmValidationException if {@code changes} is null
     */
    public List<Collision> findIn(Collection<Change> changes) {
        Checks.notNull(changes, "changes");
        return find(changes.stream().filter(ScheduledChange::holdsWindow).map(ScheduledChange::of).toList());
    }

    /**
     * The collisions of {@code candidate} with {@code scheduled} (the changes already in the calendar); an entry
     * of {@code scheduled} with the candidate's id is its own earlier window and is skipped.
     *
     * @param candidate the change to plan
     * @param scheduled the changes already planned
     * @return the collisions involving the candidate, ordered as by {@link #find}
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public List<Collision> collisionsWith(ScheduledChange candidate, Collection<ScheduledChange> scheduled) {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(scheduled, "scheduled");
        List<ScheduledChange> all = new ArrayList<>(scheduled.size() + 1);
        for (ScheduledChange s : scheduled) {
            if (!Checks.notNull(s, "scheduled[]").changeId().equals(candidate.changeId())) {
                all.add(s);
            }
        }
        all.add(candidate);
        return find(all).stream()
                .filter(c -> c.first().equals(candidate.changeId()) || c.second().equals(candidate.changeId()))
                .toList();
    }

    /**
     * Every colliding pair of {@code changes}.
     *
     * @param changes the changes to compare with each other
     * @return each pair once, ordered by the start of the later change
     * @throws org.itm.core.ItmValidationException if {@code changes} is null
     */
    public List<Collision> find(Collection<ScheduledChange> changes) {
        Checks.notNull(changes, "changes");
        ScheduledChange[] all = changes.toArray(new ScheduledChange[0]);
        Integer[] order = new Integer[all.length];
        for (int i = 0; i < all.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> all[i].window().start()).thenComparing(i -> i));
        PriorityQueue<Integer> open = new PriorityQueue<>(Comparator.comparing((Integer i) -> all[i].window().end()));
        Map<String, List<Integer>> openByCi = new HashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        Set<Long> reported = new HashSet<>();
        List<Collision> out = new ArrayList<>();
        for (Integer i : order) {
            ScheduledChange c = all[i];
            Instant start = c.window().start();
            while (!open.isEmpty() && !all[open.peek()].window().end().isAfter(start)) {
                int done = open.poll();
                for (String ci : new HashSet<>(all[done].cis())) {
                    List<Integer> l = Objects.requireNonNull(openByCi.get(ci));
                    l.remove(Integer.valueOf(done));
                    if (l.isEmpty()) {
                        openByCi.remove(ci);
                    }
                }
            }
            if (c.window().isEmpty()) {
                continue;
            }
            for (String ci : c.cis()) {
                collide(all, i, ci, ci, openByCi, reported, out);
                if (depth > 0) {
                    for (String other : neighbours.computeIfAbsent(ci, k -> topology.within(k, depth))) {
                        collide(all, i, ci, other, openByCi, reported, out);
                    }
                }
            }
            open.add(i);
            for (String ci : new HashSet<>(c.cis())) {
                openByCi.computeIfAbsent(ci, k -> new ArrayList<>(2)).add(i);
            }
        }
        return out;
    }

    private static void collide(ScheduledChange[] all, int i, String ci, String otherCi,
                                Map<String, List<Integer>> openByCi, Set<Long> reported, List<Collision> out) {
        List<Integer> candidates = openByCi.get(otherCi);
        if (candidates == null) {
            return;
        }
        for (int j : candidates) {
            long key = ((long) Math.min(i, j) << 32) | Math.max(i, j);
            if (!reported.add(key)) {
                continue;
            }
            TimeInterval a = all[j].window();
            TimeInterval b = all[i].window();
            Instant s = a.start().isAfter(b.start()) ? a.start() : b.start();
            Instant e = a.end().isBefore(b.end()) ? a.end() : b.end();
            out.add(new Collision(all[j].changeId(), all[i].changeId(), new TimeInterval(s, e), otherCi, ci));
        }
    }
}
