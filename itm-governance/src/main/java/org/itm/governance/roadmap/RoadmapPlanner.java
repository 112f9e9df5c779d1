package org.itm.governance.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.TeamDemand;
import org.itm.governance.portfolio.TeamQuarter;
import org.itm.governance.portfolio.YearQuarter;

/**
 * Schedules initiatives into quarters: each starts no earlier than the roadmap start (and, by default, its planned
 * start), after every initiative it requires has ended, and in the first quarter from which every team it needs
 * has the FTE free for its whole run (serial resource levelling in priority order). Teams without a stated
 * capacity are not limited. A planner is immutable and may be shared between threads; {@link #plan} is a pure
 * function of its settings and the initiatives.
 *
 * <pre>{@code
 * Roadmap r = RoadmapPlanner.builder(YearQuarter.of(2027, 1))
 *     .teamCapacity("platform", 6).teamCapacity("data", 4)
 *     .priority(selection.selected())
 *     .build()
 *     .plan(selectedInitiatives);
 * }</pre>
 *
 * <p>The package documentation has a worked example with its output.
 *
 * @since 0.1
 */
public final class RoadmapPlanner {

    private final YearQuarter start;
    private final Map<String, Double> teamCapacity;
    private final Map<TeamQuarter, Double> overrides;
    private final int horizon;
    private final boolean respectPlannedStart;
    private final List<InitiativeId> priority;

    private RoadmapPlanner(Builder b) {
        this.start = b.start;
        this.teamCapacity = Map.copyOf(b.teamCapacity);
        this.overrides = Map.copyOf(b.overrides);
        this.horizon = b.horizon;
        this.respectPlannedStart = b.respectPlannedStart;
        this.priority = List.copyOf(b.priority);
    }

    /**
     * Starts a planner whose roadmap begins in {@code start}: quarter offset 0 of every placement is counted from it.
     *
     * @param start the first quarter an initiative may start in
     * @return a builder with no team capacities (unlimited), a horizon of 40 quarters, planned starts respected and
     *         no priority order
     * @throws org.itm.core.ItmValidationException naming {@code start} when it is null
     */
    public static Builder builder(YearQuarter start) {
        return new Builder(Checks.notNull(start, "start"));
    }

    /**
     * The same planner with the stated capacity of {@code team} changed to {@code fte} in every quarter, e.g. to see
     * what a hire or a cut does ({@link RoadmapDiff#between} compares the two roadmaps). Per-quarter capacities
     * set for {@code team} with {@link Builder#capacity} are dropped; this planner is unchanged.
     *
     * @param team the team id
     * @param fte  full-time equivalents the team offers each quarter, zero or more
     * @return a new planner
     * @throws org.itm.core.ItmValidationException naming {@code team} when it is not an id, or
     *                                             {@code teamCapacity[team]} when {@code fte} is negative or not finite
     */
    public RoadmapPlanner withTeamCapacity(String team, double fte) {
        Builder b = new Builder(start);
        b.teamCapacity.putAll(teamCapacity);
        b.overrides.putAll(overrides);
        b.overrides.keySet().removeIf(tq -> tq.team().equals(team));
        b.horizon = horizon;
        b.respectPlannedStart = respectPlannedStart;
        b.priority.addAll(priority);
        return b.teamCapacity(team, fte).build();
    }

    /**
     * Plans the initiatives. Those whose prerequisites are all placed are placed one at a time, in the builder's
     * priority order (then by planned start, then id), each in the first quarter where every team demand fits.
     * Those that cannot be placed are listed in {@link Roadmap#unscheduled()} with the reason, and so are the
     * initiatives that require them; a prerequisite not among {@code initiatives} makes its dependent unscheduled.
     *
     * @param initiatives the initiatives to schedule, each once
     * @return the roadmap
     * @throws org.itm.core.ItmValidationException naming {@code initiatives} when null or when the prerequisites form
     *                                             a cycle, {@code initiatives[]} for a null element, or
     *                                             {@code initiatives[ID]} for an id given more than once
     */
    public Roadmap plan(Collection<Initiative> initiatives) {
        Checks.notNull(initiatives, "initiatives");
        Map<InitiativeId, Initiative> byId = new LinkedHashMap<>();
        Violations v = new Violations();
        for (Initiative i : initiatives) {
            Checks.notNull(i, "initiatives[]");
            v.require(byId.putIfAbsent(i.id(), i) == null, "initiatives[" + i.id() + "]", "appears more than once");
        }
        v.throwIfAny();
        Map<InitiativeId, Integer> rank = new HashMap<>();
        for (int k = 0; k < priority.size(); k++) {
            rank.putIfAbsent(priority.get(k), k);
        }
        Comparator<Initiative> order = Comparator
                .comparingInt((Initiative i) -> rank.getOrDefault(i.id(), Integer.MAX_VALUE))
                .thenComparing(Initiative::plannedStart).thenComparing(Initiative::id);

        Map<InitiativeId, Integer> waiting = new HashMap<>();
        Map<InitiativeId, List<Initiative>> dependents = new HashMap<>();
        PriorityQueue<Initiative> ready = new PriorityQueue<>(order);
        Map<InitiativeId, String> unscheduled = new LinkedHashMap<>();
        for (Initiative i : byId.values()) {
            int count = 0;
            for (InitiativeId r : i.requires()) {
                if (byId.containsKey(r)) {
                    count++;
                    dependents.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
                } else {
                    unscheduled.put(i.id(), "requires " + r + ", which is not on the roadmap");
                }
            }
            waiting.put(i.id(), count);
            if (count == 0) {
                ready.add(i);
            }
        }

        Map<TeamQuarter, Double> load = new TreeMap<>();
        Map<InitiativeId, int[]> placed = new LinkedHashMap<>();
        Map<InitiativeId, String> reasons = new HashMap<>();
        Map<InitiativeId, Integer> delays = new HashMap<>();
        int processed = 0;
        while (!ready.isEmpty()) {
            Initiative i = ready.poll();
            processed++;
            if (!unscheduled.containsKey(i.id())) {
                place(i, placed, load, reasons, delays, unscheduled);
            }
            for (Initiative d : dependents.getOrDefault(i.id(), List.of())) {
                if (unscheduled.containsKey(i.id()) && !unscheduled.containsKey(d.id())) {
                    unscheduled.put(d.id(), "requires " + i.id() + ", which could not be scheduled");
                }
                if (waiting.merge(d.id(), -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        Checks.require(processed == byId.size(), "initiatives", "contain a dependency cycle");
        return assemble(byId, placed, reasons, delays, unscheduled, load);
    }

    private void place(Initiative i, Map<InitiativeId, int[]> placed, Map<TeamQuarter, Double> load,
                       Map<InitiativeId, String> reasons, Map<InitiativeId, Integer> delays,
                       Map<InitiativeId, String> unscheduled) {
        int earliest = 0;
        String why = "starts at the roadmap start";
        if (respectPlannedStart && start.quartersUntil(i.plannedStart()) > earliest) {
            earliest = start.quartersUntil(i.plannedStart());
            why = "starts at its planned start";
        }
        for (InitiativeId r : i.requires()) {
            int[] p = placed.get(r);
            if (p != null && p[1] > earliest) {
                earliest = p[1];
                why = "starts when prerequisite " + r + " ends";
            } else if (p != null && p[1] == earliest && why.startsWith("starts at")) {
                why = "starts when prerequisite " + r + " ends";
            }
        }
        for (TeamDemand d : i.teamDemand()) {
            if (d.fte() > maxCapacity(d.team()) + 1e-9) {
                unscheduled.put(i.id(), String.format(Locale.ROOT, "needs %.2f FTE of %s in one quarter, more than its capacity %.2f",
                        d.fte(), d.team(), maxCapacity(d.team())));
                return;
            }
        }
        String firstBlock = null;
        for (int q = earliest; q < horizon; q++) {
            Optional<String> block = blocked(i, q, load);
            if (block.isEmpty()) {
                for (TeamDemand d : i.teamDemand()) {
                    load.merge(new TeamQuarter(d.team(), start.plus(q + d.quarterOffset())), d.fte(), Double::sum);
                }
                placed.put(i.id(), new int[] {q, q + i.durationQuarters()});
                delays.put(i.id(), q - earliest);
                reasons.put(i.id(), q == earliest ? why
                        : "could start in " + start.plus(earliest) + " (" + why.replace("starts ", "") + "), but waited "
                        + (q - earliest) + " quarter(s) because " + firstBlock);
                return;
            }
            if (firstBlock == null) {
                firstBlock = block.get();
            }
        }
        unscheduled.put(i.id(), "no start within " + horizon + " quarters of " + start + " has the team capacity ("
                + (firstBlock == null ? "horizon too short" : firstBlock) + ")");
    }

    private Optional<String> blocked(Initiative i, int q, Map<TeamQuarter, Double> load) {
        Map<TeamQuarter, Double> need = new HashMap<>();
        for (TeamDemand d : i.teamDemand()) {
            need.merge(new TeamQuarter(d.team(), start.plus(q + d.quarterOffset())), d.fte(), Double::sum);
        }
        for (var e : new TreeMap<>(need).entrySet()) {
            double cap = capacity(e.getKey().team(), e.getKey().quarter());
            double used = load.getOrDefault(e.getKey(), 0.0);
            if (used + e.getValue() > cap + 1e-9) {
                return Optional.of(String.format(Locale.ROOT, "%s had %.2f of %.2f FTE free, needed %.2f",
                        e.getKey(), Math.max(0, cap - used), cap, e.getValue()));
            }
        }
        return Optional.empty();
    }

    private double capacity(String team, YearQuarter q) {
        Double o = overrides.get(new TeamQuarter(team, q));
        if (o != null) {
            return o;
        }
        return teamCapacity.getOrDefault(team, Double.POSITIVE_INFINITY);
    }

    private double maxCapacity(String team) {
        double max = teamCapacity.getOrDefault(team, overrides.keySet().stream().anyMatch(t -> t.team().equals(team))
                ? 0 : Double.POSITIVE_INFINITY);
        for (var e : overrides.entrySet()) {
            if (e.getKey().team().equals(team)) {
                max = Math.max(max, e.getValue());
            }
        }
        return max;
    }

    private Roadmap assemble(Map<InitiativeId, Initiative> byId, Map<InitiativeId, int[]> placed,
                             Map<InitiativeId, String> reasons, Map<InitiativeId, Integer> delays,
                             Map<InitiativeId, String> unscheduled, Map<TeamQuarter, Double> load) {
        int end = placed.values().stream().mapToInt(p -> p[1]).max().orElse(0);
        Map<InitiativeId, Integer> slack = new HashMap<>();
        for (var e : placed.entrySet()) {
            int latestFinish = end;
            for (Initiative d : byId.values()) {
                int[] dp = placed.get(d.id());
                if (dp != null && d.requires().contains(e.getKey())) {
                    latestFinish = Math.min(latestFinish, dp[0]);
                }
            }
            slack.put(e.getKey(), latestFinish - e.getValue()[1]);
        }
        List<Placement> placements = new ArrayList<>();
        // every placed initiative got its delay, slack and reasons in the same pass
        placed.forEach((id, p) -> placements.add(new Placement(id, start.plus(p[0]), start.plus(p[1]),
                Objects.requireNonNull(delays.get(id)), Math.max(0, Objects.requireNonNull(slack.get(id))),
                Objects.requireNonNull(reasons.get(id)))));
        placements.sort(Comparator.comparing(Placement::start).thenComparing(Placement::id));

        List<InitiativeId> path = new ArrayList<>();
        Optional<InitiativeId> current = placed.entrySet().stream().filter(e -> e.getValue()[1] == end)
                .map(Map.Entry::getKey).sorted().findFirst();
        while (current.isPresent()) {
            InitiativeId c = current.get();
            path.add(0, c);
            int s = Objects.requireNonNull(placed.get(c))[0];
            current = Objects.requireNonNull(byId.get(c)).requires().stream().filter(placed::containsKey)
                    .filter(r -> Objects.requireNonNull(placed.get(r))[1] == s).sorted().findFirst();
        }
        return new Roadmap(placements, unscheduled, start.plus(end), path, load);
    }

    /** Builds a {@link RoadmapPlanner}; every setter validates its argument. */
    public static final class Builder {
        private final YearQuarter start;
        private final Map<String, Double> teamCapacity = new HashMap<>();
        private final Map<TeamQuarter, Double> overrides = new HashMap<>();
        private int horizon = 40;
        private boolean respectPlannedStart = true;
        private final List<InitiativeId> priority = new ArrayList<>();

        private Builder(YearQuarter start) {
            this.start = start;
        }

        /**
         * Limits a team to {@code fte} in every quarter; teams never given a capacity are not limited.
         *
         * @param team the team id, as in {@link org.itm.governance.portfolio.TeamDemand#team()}
         * @param fte  full-time equivalents the team offers each quarter, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code team} when it is not an id, or
         *                                             {@code teamCapacity[team]} when {@code fte} is negative or not
         *                                             finite
         */
        public Builder teamCapacity(String team, double fte) {
            Checks.id(team, "team");
            teamCapacity.put(team, Checks.notNegative(fte, "teamCapacity[" + team + "]"));
            return this;
        }

        /**
         * A different capacity of a team in one quarter (holidays, hiring), taking precedence over
         * {@link #teamCapacity} there.
         *
         * @param team    the team id
         * @param quarter the quarter
         * @param fte     full-time equivalents the team offers in that quarter, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code team} when it is not an id, {@code quarter} when
         *                                             null, or {@code capacity[team]} when {@code fte} is negative or
         *                                             not finite
         */
        public Builder capacity(String team, YearQuarter quarter, double fte) {
            overrides.put(new TeamQuarter(team, quarter), Checks.notNegative(fte, "capacity[" + team + "]"));
            return this;
        }

        /**
         * How many quarters from the start an initiative may begin in; one that finds no room that early is
         * unscheduled. 40 (ten years) by default.
         *
         * @param quarters the horizon, 1 to 400
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code horizonQuarters} when outside 1 to 400
         */
        public Builder horizonQuarters(int quarters) {
            this.horizon = Checks.between(quarters, 1, 400, "horizonQuarters");
            return this;
        }

        /**
         * Whether an initiative waits for its {@linkplain Initiative#plannedStart() planned start}; by default it
         * does. With {@code false} it may start as early as the roadmap start, its prerequisites and the teams allow.
         *
         * @param respect {@code true} to start no initiative before its planned start
         * @return this builder
         */
        public Builder respectPlannedStart(boolean respect) {
            this.respectPlannedStart = respect;
            return this;
        }

        /**
         * Placement order among initiatives whose prerequisites are placed: earlier ones get the team capacity
         * first. Unlisted ones come after, by planned start then id. Replaces an earlier order.
         *
         * @param order initiative ids, most important first; an id listed twice counts at its first position
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code priority} when it is null
         */
        public Builder priority(List<InitiativeId> order) {
            priority.clear();
            priority.addAll(Checks.notNull(order, "priority"));
            return this;
        }

        /**
         * Builds the planner; every setting was checked when it was set.
         *
         * @return an immutable planner
         */
        public RoadmapPlanner build() {
            return new RoadmapPlanner(this);
        }
    }
}
