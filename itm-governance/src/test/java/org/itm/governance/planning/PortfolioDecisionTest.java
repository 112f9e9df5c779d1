package org.itm.governance.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.governance.roadmap.Placement;
import org.itm.governance.roadmap.Roadmap;
import org.itm.governance.selection.SelectionDecision;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PortfolioDecisionTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final InitiativeId CRM = new InitiativeId("crm");
    static final InitiativeId ERP = new InitiativeId("erp");

    static Placement placed(InitiativeId id) {
        return new Placement(id, YearQuarter.of(2026, 3), YearQuarter.of(2027, 1), 0, 0, "as planned");
    }

    @Test
    void everyInconsistencyOfADecisionIsNamed() {
        ItmValidationException e = Assertions.assertThrows(ItmValidationException.class, () -> new PortfolioDecision(
                "PFD-1", "2026-H2", DAY, "board", List.of(new SelectionDecision(CRM, true, "value"),
                new SelectionDecision(CRM, false, "again"), new SelectionDecision(ERP, false, "cap")),
                List.of(placed(ERP), placed(CRM), placed(CRM)), Optional.of("PFD-1"), ""));
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("selections[1].id",
                "placements[0].id", "placements[2].id", "supersedes");
        assertThat(e).hasMessageContaining("erp is placed but not selected")
                .hasMessageContaining("crm is placed more than once");
    }

    @Test
    void aDecisionFromARoadmapKeepsThePlacementsOfSelectedInitiatives() {
        Roadmap roadmap = new Roadmap(List.of(placed(CRM), placed(ERP)), Map.of(), YearQuarter.of(2027, 1),
                List.of(CRM), Map.of());
        PortfolioDecision d = PortfolioDecision.of("PFD-1", "2026-H2", DAY, "board",
                List.of(new SelectionDecision(CRM, true, "value"), new SelectionDecision(ERP, false, "cap")), roadmap, "cap 2M");
        assertThat(d.selected()).containsExactly(CRM);
        assertThat(d.placements()).containsExactly(placed(CRM));
        assertThat(d.placement(ERP)).isEmpty();
        PortfolioDecision replan = d.supersededBy("PFD-2", DAY.plusMonths(1), "board",
                List.of(new SelectionDecision(CRM, true, "value"), new SelectionDecision(ERP, true, "cap raised")),
                List.of(placed(CRM), placed(ERP)), "cap 3M");
        assertThat(replan.supersedes()).contains("PFD-1");
        assertThat(replan.cycle()).isEqualTo("2026-H2");
        assertThat(replan.reasons()).containsEntry(ERP, "cap raised");
    }
}
