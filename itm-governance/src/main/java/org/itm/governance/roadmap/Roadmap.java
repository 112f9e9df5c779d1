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
 * <p>Made by {@link RoadmapPlanner#plan}; compare two with {@link RoadmapDiff#between}.
 *
 * @param placements   where each scheduled initiative landed, in start order (ties by id)
 * @param unscheduled  initiative id → why it could not be placed (a prerequisite missing or unscheduled, a
 *                     quarter's demand above the team's capacity, no room within the planning horizon)
 * @param end          the quarter after the last placed one ends (exclusive); the roadmap start when nothing was
 *                     placed
 * @param criticalPath the chain of initiatives, first to last, whose every quarter of delay moves {@code end}
 * @param load         FTE planned per team and quarter; teams and quarters with no demand are absent
 * @since 0.1
 */
public record Roadmap(List<Placement> placements, Map<InitiativeId, String> unscheduled, YearQuarter end,
                      List<InitiativeId> criticalPath, Map<TeamQuarter, Double> load) {

    /**
     * Copies the collections, which are unmodifiable from then on.
     *
     * @param placements   where each scheduled initiative landed, in start order (ties by id)
     * @param unscheduled  initiative id → why it could not be placed (a prerequisite missing or unscheduled, a
     *                     quarter's demand above the team's capacity, no room within the planning horizon)
     * @param end          the quarter after the last placed one ends (exclusive); the roadmap start when nothing was
     *                     placed
     * @param criticalPath the chain of initiatives, first to last, whose every quarter of delay moves {@code end}
     * @param load         FTE planned per team and quarter; teams and quarters with no demand are absent
     * @throws org.itm.core.ItmValidationException naming {@code end} when it is null
     */
    public Roadmap {
        placements = List.copyOf(placements);
        unscheduled = Map.copyOf(unscheduled);
        Checks.notNull(end, "end");
        criticalPath = List.copyOf(criticalPath);
        load = Map.copyOf(load);
    }

    /**
     * Where an initiative landed.
     *
     * @param id the initiative
     * @return its placement, or empty when it is unscheduled or was not planned at all
     */
    public Optional<Placement> placement(InitiativeId id) {
        return placements.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The roadmap as text for people: one line per initiative in start order with its quarters (inclusive), whether it
     * is critical or its slack, and why it starts then; then the critical path and the end; then one line per
     * initiative that could not be placed, with the reason. For example:
     * <pre>
     * 2027-Q1..2027-Q2 PLATFORM [critical]: starts at the roadmap start
     * 2027-Q1..2027-Q2 REPORT [slack 1q]: starts at the roadmap start
     * 2027-Q3..2027-Q3 APP [critical]: starts when prerequisite PLATFORM ends
     * critical path: PLATFORM -> APP, roadmap ends before 2027-Q4
     * </pre>
     *
     * @return lines separated by {@code \n}, with no trailing newline
     */
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
