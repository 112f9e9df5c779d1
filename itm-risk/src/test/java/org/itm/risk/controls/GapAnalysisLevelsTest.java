package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class GapAnalysisLevelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Control control(String id, TestResult result, ControlLibrary lib, Set<RequirementRef> refs) {
        Control c = lib.put(new Control(id, id, "objective of " + id, ControlType.PREVENTIVE, Period.ofMonths(6),
                "owner", Set.of(), refs));
        lib.record(new ControlTest(id, TODAY.minusDays(10), result, "auditor", List.of()));
        return c;
    }

    private static ControlLibrary csfLibrary() {
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        control("C-DS", TestResult.PASS, lib, Set.of(RequirementRef.nistCsf("PR.DS")));
        control("C-OC", TestResult.PASS, lib, IntStream.rangeClosed(1, 5)
                .mapToObj(i -> RequirementRef.nistCsf("GV.OC-0" + i)).collect(Collectors.toSet()));
        control("C-BK", TestResult.PARTIAL, lib, Set.of(RequirementRef.nistCsf("PR.DS-11")));
        return lib;
    }

    @Test
    void aCategoryIsCoveredByItsOwnControlOrByAllOfItsSubcategories() {
        GapReport categories = csfLibrary().gapAnalysis(Framework.nistCsf2(), 2, TODAY);
        assertThat(categories.depth()).isEqualTo(2);
        assertThat(categories.covered()).extracting(Requirement::id).containsExactly("GV.OC", "PR.DS");
        assertThat(categories.gaps()).hasSize(20);
        assertThat(categories.coveragePercent()).isEqualTo(new BigDecimal("9.09"));
        assertThat(categories.why("GV.OC")).contains("all 5 requirements inside it covered");
        assertThat(categories.why("PR.DS")).contains("effective control C-DS");
        assertThat(categories.why("GV.RM")).contains("no control mapped to it; 0 of 7 requirements inside it covered");
        assertThat(categories.why("GV.OC-01")).isEmpty();
    }

    @Test
    void aControlMappedToACategoryDoesNotCoverItsSubcategories() {
        GapReport subcategories = csfLibrary().gapAnalysis(Framework.nistCsf2(), 3, TODAY);
        assertThat(subcategories.covered()).extracting(Requirement::id)
                .containsExactly("GV.OC-01", "GV.OC-02", "GV.OC-03", "GV.OC-04", "GV.OC-05");
        assertThat(subcategories.gaps()).hasSize(101).extracting(Requirement::id)
                .contains("PR.DS-01", "PR.DS-02", "PR.DS-10", "PR.DS-11");
        assertThat(subcategories.coveragePercent()).isEqualTo(new BigDecimal("4.72"));
        assertThat(subcategories.why("GV.OC-03")).contains("effective control C-OC");
        assertThat(subcategories.why("PR.DS-01")).contains("no control mapped to it");
        assertThat(subcategories.why("PR.DS-11"))
                .contains("no effective control mapped to it (C-BK PARTIALLY_EFFECTIVE)");
    }

    @Test
    void aFunctionNeedsEveryCategoryCovered() {
        GapReport functions = csfLibrary().gapAnalysis(Framework.nistCsf2(), 1, TODAY);
        assertThat(functions.covered()).isEmpty();
        assertThat(functions.gaps()).extracting(Requirement::id).containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
        assertThat(functions.coveragePercent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(functions.why("GV")).contains("no control mapped to it; 1 of 6 requirements inside it covered");
        assertThat(functions.why("PR")).contains("no control mapped to it; 1 of 5 requirements inside it covered");
    }

    @Test
    void theDefaultAnalysisIsTheTopLevel() {
        ControlLibrary lib = csfLibrary();
        GapReport top = lib.gapAnalysis(Framework.nistCsf2(), TODAY);
        assertThat(top).isEqualTo(lib.gapAnalysis(Framework.nistCsf2(), 1, TODAY));
    }

    @Test
    void allSafeguardsOfACisControlCoverTheControl() {
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        control("C-REC", TestResult.PASS, lib, IntStream.rangeClosed(1, 5)
                .mapToObj(i -> RequirementRef.cis("11." + i)).collect(Collectors.toSet()));
        control("C-VM", TestResult.PASS, lib, Set.of(RequirementRef.cis("7.1"), RequirementRef.cis("7.2")));
        GapReport controls = lib.gapAnalysis(Framework.cisV8(), TODAY);
        assertThat(controls.covered()).extracting(Requirement::id).containsExactly("11");
        assertThat(controls.why("11")).contains("all 5 requirements inside it covered");
        assertThat(controls.why("7")).contains("no control mapped to it; 2 of 7 requirements inside it covered");
        GapReport safeguards = lib.gapAnalysis(Framework.cisV8(), 2, TODAY);
        assertThat(safeguards.covered()).extracting(Requirement::id)
                .containsExactly("7.1", "7.2", "11.1", "11.2", "11.3", "11.4", "11.5");
        assertThat(safeguards.coveragePercent()).isEqualTo(new BigDecimal("4.58"));
    }

    @Test
    void aLevelTheFrameworkDoesNotHaveIsRejected() {
        ControlLibrary lib = csfLibrary();
        assertThatThrownBy(() -> lib.gapAnalysis(Framework.nistCsf2(), 4, TODAY))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("3 level(s), asked for level 4");
        assertThatThrownBy(() -> lib.gapAnalysis(Framework.iso27001(), 0, TODAY))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("depth");
    }

    @Test
    void mappingToASubcategoryIsAcceptedAndToAWithdrawnOneRejected() {
        ControlLibrary lib = ControlLibrary.create(OwnerNotifier.none());
        lib.put(new Control("C-1", "c", "o", ControlType.DETECTIVE, Period.ofMonths(1), "o", Set.of(),
                Set.of(RequirementRef.nistCsf("DE.CM-09"), RequirementRef.cis("8.2"))));
        Control withdrawn = new Control("C-2", "c", "o", ControlType.DETECTIVE, Period.ofMonths(1), "o", Set.of(),
                Set.of(RequirementRef.nistCsf("ID.AM-06")));
        assertThatThrownBy(() -> lib.put(withdrawn)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("ID.AM-06");
        assertThat(lib.all()).extracting(Control::id).containsExactly("C-1");
    }
}
