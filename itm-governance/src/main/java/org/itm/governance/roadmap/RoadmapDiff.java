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
 * moved, were added or were dropped (with the reason when the new roadmap could not schedule them).
 */
public record RoadmapDiff(List<Move> moved, List<InitiativeId> added, List<InitiativeId> dropped,
                          Map<InitiativeId, String> droppedReasons) {

    public RoadmapDiff {
        moved = List.copyOf(moved);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        droppedReasons = Map.copyOf(droppedReasons);
    }

    /** An initiative that starts in a different quarter; {@code quarters} is positive when it moved later. */
    public record Move(InitiativeId id, YearQuarter from, YearQuarter to, int quarters) {
        public Move {
            Checks.notNull(id, "id");
        }
    }

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

    public boolean isEmpty() {
        return moved.isEmpty() && added.isEmpty() && dropped.isEmpty();
    }

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
