package org.itm.governance.planning;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.roadmap.Placement;
import org.itm.governance.roadmap.Roadmap;
import org.itm.governance.selection.SelectionDecision;

/**
 * What a portfolio board decided for one planning cycle: the selection of every initiative considered (selected
 * or not, and why), the roadmap placements of the selected ones, and the earlier decision of the cycle it
 * supersedes when the board re-plans.
 *
 * @param id          identifier, e.g. {@code PFD-2026-H2-1}
 * @param cycle       the planning cycle, e.g. {@code 2026-H2}
 * @param decidedOn   the board's date
 * @param decidedBy   the board or person accountable
 * @param selections  one decision per initiative considered, at least one; copied
 * @param placements  the roadmap placement of selected initiatives (each at most once); copied
 * @param supersedes  the decision of the same cycle this one replaces, if any
 * @param rationale   why, for the minutes
 * @since 0.1
 */
public record PortfolioDecision(String id, String cycle, LocalDate decidedOn, String decidedBy,
                                List<SelectionDecision> selections, List<Placement> placements, Optional<String> supersedes,
                                String rationale) {

    /**
     * Validates every field: selections name each initiative once; only selected initiatives are placed, each once;
     * a decision does not supersede itself.
     *
     * @param id          identifier, e.g. {@code PFD-2026-H2-1}
     * @param cycle       the planning cycle; not blank
     * @param decidedOn   the board's date
     * @param decidedBy   the board or person accountable; not blank
     * @param selections  one decision per initiative considered, at least one, each initiative once
     * @param placements  the roadmap placement of selected initiatives, each at most once
     * @param supersedes  the decision of the same cycle this one replaces, not this one; empty if none
     * @param rationale   why, possibly empty
     * @throws org.itm.core.ItmValidationException naming every violated field, e.g. {@code selections[i].id} for an
     *                                             initiative decided twice or {@code placements[i].id} for one
     *                                             placed but not selected
     */
    public PortfolioDecision {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(cycle != null && !cycle.isBlank(), "cycle", "must not be blank");
        v.require(decidedOn != null, "decidedOn", "must not be null");
        v.require(decidedBy != null && !decidedBy.isBlank(), "decidedBy", "must not be blank");
        v.require(rationale != null, "rationale", "must not be null (use an empty text)");
        v.require(supersedes != null, "supersedes", "must not be null (use Optional.empty())");
        v.require(selections != null && selections.stream().allMatch(Objects::nonNull), "selections",
                "must not be null nor hold null");
        v.require(placements != null && placements.stream().allMatch(Objects::nonNull), "placements",
                "must not be null nor hold null");
        v.throwIfAny();
        v.require(!selections.isEmpty(), "selections", "must hold at least one initiative considered");
        Set<InitiativeId> considered = new HashSet<>();
        for (int i = 0; i < selections.size(); i++) {
            v.require(considered.add(selections.get(i).id()), "selections[" + i + "].id",
                    selections.get(i).id() + " is decided more than once");
        }
        Set<InitiativeId> selected = selections.stream().filter(SelectionDecision::selected).map(SelectionDecision::id)
                .collect(Collectors.toSet());
        Set<InitiativeId> placed = new HashSet<>();
        for (int i = 0; i < placements.size(); i++) {
            InitiativeId p = placements.get(i).id();
            v.require(selected.contains(p), "placements[" + i + "].id", p + " is placed but not selected");
            v.require(placed.add(p), "placements[" + i + "].id", p + " is placed more than once");
        }
        supersedes.ifPresent(s -> v.require(!s.equals(id), "supersedes", "must name another decision than " + id));
        v.throwIfAny();
        selections = List.copyOf(selections);
        placements = List.copyOf(placements);
    }

    /**
     * A decision from a selection and the roadmap planned for it: the roadmap's placements of selected initiatives
     * are kept.
     *
     * @param id         identifier
     * @param cycle      the planning cycle
     * @param decidedOn  the board's date
     * @param decidedBy  who decided
     * @param selections one decision per initiative considered
     * @param roadmap    the roadmap of the selected initiatives
     * @param rationale  why
     * @return the decision
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static PortfolioDecision of(String id, String cycle, LocalDate decidedOn, String decidedBy,
                                       List<SelectionDecision> selections, Roadmap roadmap, String rationale) {
        Checks.notNull(roadmap, "roadmap");
        Checks.notNull(selections, "selections");
        Set<InitiativeId> selected = selections.stream().filter(d -> d != null && d.selected()).map(SelectionDecision::id)
                .collect(Collectors.toSet());
        return new PortfolioDecision(id, cycle, decidedOn, decidedBy, selections,
                roadmap.placements().stream().filter(p -> selected.contains(p.id())).toList(), Optional.empty(),
                rationale);
    }

    /**
     * The initiatives selected, in the order of the selections.
     *
     * @return their ids
     */
    public List<InitiativeId> selected() {
        return selections.stream().filter(SelectionDecision::selected).map(SelectionDecision::id).toList();
    }

    /**
     * Where an initiative is on the roadmap.
     *
     * @param initiative the initiative
     * @return its placement, if it was selected and placed
     */
    public Optional<Placement> placement(InitiativeId initiative) {
        return placements.stream().filter(p -> p.id().equals(initiative)).findFirst();
    }

    /**
     * The decision of a re-plan of the same cycle, with {@link #supersedes()} naming this one; store it and
     * {@link PortfolioDecisionRepository#inForce} returns it for the cycle.
     *
     * @param nextId         the new decision's id, not this one's
     * @param on             the board's date
     * @param by             who decided
     * @param nextSelections one decision per initiative considered
     * @param nextPlacements the roadmap placement of the selected ones
     * @param why            the rationale of the re-plan
     * @return the new decision; this one is unchanged
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public PortfolioDecision supersededBy(String nextId, LocalDate on, String by, List<SelectionDecision> nextSelections,
                                          List<Placement> nextPlacements, String why) {
        return new PortfolioDecision(nextId, cycle, on, by, nextSelections, nextPlacements, Optional.of(id), why);
    }

    /**
     * Selection reasons by initiative, for reports.
     *
     * @return initiative → the reason it was selected or not, e.g. {@code "mandatory"}
     */
    public Map<InitiativeId, String> reasons() {
        return selections.stream().collect(Collectors.toUnmodifiableMap(SelectionDecision::id, SelectionDecision::reason));
    }
}
