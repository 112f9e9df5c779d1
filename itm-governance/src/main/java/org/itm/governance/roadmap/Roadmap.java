package org.itm.governance.roadmap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.TeamQuarter;
import org.itm.governance.portfolio.YearQuarter;

/**
 * A levelled schedule: where each initiative is placed, which could not be placed and why, the quarter after the
 * last one ({@code end}), the critical path and the FTE load per team and quarter.
 *
 * @param unscheduled initiative id → reason it could not be placed
 */
public record Roadmap(List<Placement> placements, Map<InitiativeId, String> unscheduled, YearQuarter end,
                      List<InitiativeId> criticalPath, Map<TeamQuarter, Double> load) {

    public Roadmap {
        placements = List.copyOf(placements);
        unscheduled = Map.copyOf(unscheduled);
        Checks.notNull(end, "end");
        criticalPath = List.copyOf(criticalPath);
        load = Map.copyOf(load);
    }

    public Optional<Placement> placement(InitiativeId id) {
        return placements.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** One line per initiative in start order, then the critical path and what could not be placed. */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        placements.forEach(p -> sb.append(p.start()).append("..").append(p.end().plus(-1)).append(' ').append(p.id())
                .append(p.critical() ? " [critical]" : " [slack " + p.slack() + "q]").append(": ").append(p.reason()).append('\n'));
        sb.append("critical path: ").append(criticalPath.stream().map(InitiativeId::value).collect(Collectors.joining(" -> ")))
                .append(", roadmap ends before ").append(end);
        unscheduled.forEach((id, why) -> sb.append("\nnot scheduled ").append(id).append(": ").append(why));
        return sb.toString();
    }
}
