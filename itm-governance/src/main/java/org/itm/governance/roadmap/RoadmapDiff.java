package org.itm.governance.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;

/**
 * What changed between two roadmaps (e.g. before and after a budget cut or a capacity change): initiatives that
 * moved, were added or were dropped (with the reason when the new roadmap could not schedule them). Made by
 * {@link #between}.
 *
 * @param moved          initiatives placed in both roadmaps that start in a different quarter, in the first
 *                       roadmap's start order
 * @param added          initiatives placed only in the second roadmap
 * @param dropped        initiatives placed only in the first roadmap
 * @param droppedReasons dropped initiative → {@code "not scheduled: "} and the reason the second roadmap
 *                       gave; absent for one that was simply not planned the second time
 * @since 0.1
 */
public record RoadmapDiff(List<Move> moved, List<InitiativeId> added, List<InitiativeId> dropped,
                          Map<InitiativeId, String> droppedReasons) {

    /**
     * Copies the collections, which are unmodifiable from then on.
     *
     * @param moved          initiatives placed in both roadmaps that start in a different quarter, in the first
     *                       roadmap's start order
     * @param added          initiatives placed only in the second roadmap
     * @param dropped        initiatives placed only in the first roadmap
     * @param droppedReasons dropped initiative → {@code "not scheduled: "} and the reason the second roadmap
     *                       gave; absent for one that was simply not planned the second time
     */
    public RoadmapDiff {
        moved = List.copyOf(moved);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        droppedReasons = Map.copyOf(droppedReasons);
    }

    /**
     * An initiative that starts in a different quarter.
     *
     * @param id       the initiative
     * @param from     its start in the first roadmap
     * @param to       its start in the second roadmap
     * @param quarters quarters from {@code from} to {@code to}: positive when it moved later, negative when earlier
     */
    public record Move(InitiativeId id, YearQuarter from, YearQuarter to, int quarters) {
        /**
         * Checks the move.
         *
         * @param id       the initiative
         * @param from     its start in the first roadmap
         * @param to       its start in the second roadmap
         * @param quarters quarters from {@code from} to {@code to}: positive when it moved later, negative when earlier
         * @throws org.itm.core.ItmValidationException naming {@code id} when it is null
         */
        public Move {
            Checks.notNull(id, "id");
        }
    }

    /**
     * Compares two roadmaps of the same initiatives, e.g. planned before and after a capacity change.
     *
     * @param before the roadmap first planned
     * @param after  the roadmap planned after the change
     * @return what moved, was added or was dropped; {@link #isEmpty()} when every initiative starts as before
     * @throws org.itm.core.ItmValidationException naming {@code before} or {@code after} when null
     */
    public static RoadmapDiff between(Roadmap before, Roadmap after) {
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        List<Move> moved = new ArrayList<>();
        List<InitiativeId> dropped = new ArrayList<>();
        for (Placement p : before.placements()) {
            after.placement(p.id()).ifPresentOrElse(q -> {
                if (!q.start().equals(p.start())) {
                    moved.add(new Move(p.id(), p.start(), q.start(), p.start().quartersUntil(q.start())));
                }
            }, () -> dropped.add(p.id()));
        }
        List<InitiativeId> added = after.placements().stream().map(Placement::id)
                .filter(id -> before.placement(id).isEmpty()).toList();
        Map<InitiativeId, String> reasons = new HashMap<>();
        dropped.forEach(d -> Optional.ofNullable(after.unscheduled().get(d)).ifPresent(r -> reasons.put(d, "not scheduled: " + r)));
        return new RoadmapDiff(moved, added, dropped, reasons);
    }

    /**
     * Whether the two roadmaps start every initiative in the same quarter.
     *
     * @return {@code true} when nothing moved, was added or was dropped
     */
    public boolean isEmpty() {
        return moved.isEmpty() && added.isEmpty() && dropped.isEmpty();
    }

    /**
     * The difference as text for people: one line per move ({@code REPORT moves 2027-Q3 -> 2027-Q1 (-2q)}), then
     * each added one ({@code X added}), then each dropped one with its reason
     * ({@code APP dropped (not scheduled: requires PLATFORM, which could not be scheduled)}).
     *
     * @return lines separated by {@code \n}, or {@code "no change"} when {@link #isEmpty()}
     */
    public String explain() {
        if (isEmpty()) {
            return "no change";
        }
        return moved.stream().map(m -> m.id() + " moves " + m.from() + " -> " + m.to()
                        + " (" + (m.quarters() > 0 ? "+" : "") + m.quarters() + "q)").collect(Collectors.joining("\n"))
                + added.stream().map(a -> "\n" + a + " added").collect(Collectors.joining())
                + dropped.stream().map(d -> "\n" + d + " dropped" + Optional.ofNullable(droppedReasons.get(d))
                        .map(r -> " (" + r + ")").orElse("")).collect(Collectors.joining());
    }
}
