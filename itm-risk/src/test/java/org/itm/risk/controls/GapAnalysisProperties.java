package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GapAnalysisProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Provide
    Arbitrary<Set<String>> safeguardSubsets() {
        List<String> ids = Framework.cisV8().atDepth(2).stream().map(Requirement::id).toList();
        return Arbitraries.of(ids).set().ofMaxSize(ids.size());
    }

    @Property(tries = 60)
    void aCisControlIsCoveredExactlyWhenAllItsSafeguardsAre(@ForAll("safeguardSubsets") Set<String> implemented) {
        Framework cis = Framework.cisV8();
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        if (!implemented.isEmpty()) {
            lib.put(new Control("C", "c", "o", ControlType.PREVENTIVE, Period.ofYears(1), "o", Set.of(),
                    implemented.stream().map(RequirementRef::cis).collect(Collectors.toSet())));
            lib.record(new ControlTest("C", TODAY, TestResult.PASS, "auditor", List.of()));
        }
        GapReport safeguards = lib.gapAnalysis(cis, 2, TODAY);
        assertThat(safeguards.covered()).extracting(Requirement::id).containsExactlyInAnyOrderElementsOf(implemented);
        GapReport controls = lib.gapAnalysis(cis, 1, TODAY);
        assertThat(controls.covered().size() + controls.gaps().size()).isEqualTo(18);
        for (Requirement control : cis.topLevel()) {
            boolean all = cis.children(control.id()).stream().allMatch(s -> implemented.contains(s.id()));
            assertThat(controls.covered().contains(control)).as(control.id()).isEqualTo(all);
        }
        assertThat(controls.coveragePercent()).isEqualTo(BigDecimal.valueOf(controls.covered().size() * 100L)
                .divide(BigDecimal.valueOf(18), 2, RoundingMode.HALF_UP));
    }
}
