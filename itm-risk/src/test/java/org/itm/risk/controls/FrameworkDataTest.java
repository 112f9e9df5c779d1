package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.junit.jupiter.api.Test;

class FrameworkDataTest {

    /** Subcategories per category as published in NIST CSWP 29 (CSF 2.0 core), in document order. */
    private static final Map<String, Integer> CSF_SUBCATEGORIES = counts(
            "GV.OC", 5, "GV.RM", 7, "GV.RR", 4, "GV.PO", 2, "GV.OV", 3, "GV.SC", 10,
            "ID.AM", 7, "ID.RA", 10, "ID.IM", 4,
            "PR.AA", 6, "PR.AT", 2, "PR.DS", 4, "PR.PS", 6, "PR.IR", 4,
            "DE.CM", 5, "DE.AE", 6,
            "RS.MA", 5, "RS.AN", 4, "RS.CO", 2, "RS.MI", 2,
            "RC.RP", 6, "RC.CO", 2);

    /** Safeguards per control in CIS Controls v8. */
    private static final Map<String, Integer> CIS_SAFEGUARDS = counts(
            "1", 5, "2", 7, "3", 14, "4", 12, "5", 6, "6", 8, "7", 7, "8", 12, "9", 7,
            "10", 7, "11", 5, "12", 8, "13", 11, "14", 9, "15", 7, "16", 14, "17", 9, "18", 5);

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void csfHasSixFunctionsTwentyTwoCategoriesAndOneHundredSixSubcategories() {
        Framework csf = Framework.nistCsf2();
        assertThat(csf.levels()).isEqualTo(3);
        assertThat(csf.atDepth(1)).extracting(Requirement::id).containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
        assertThat(csf.atDepth(2)).extracting(Requirement::id).containsExactlyElementsOf(CSF_SUBCATEGORIES.keySet());
        assertThat(csf.atDepth(3)).hasSize(106);
        assertThat(csf.requirements()).hasSize(134);
        assertThat(CSF_SUBCATEGORIES.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(106);
        CSF_SUBCATEGORIES.forEach((category, n) -> assertThat(csf.children(category)).as(category).hasSize(n));
        assertThat(csf.children("GV.OC")).extracting(Requirement::id)
                .containsExactly("GV.OC-01", "GV.OC-02", "GV.OC-03", "GV.OC-04", "GV.OC-05");
        assertThat(csf.children("GV")).hasSize(6);
        assertThat(csf.children("RC")).extracting(Requirement::id).containsExactly("RC.RP", "RC.CO");
    }

    @Test
    void csfSkipsTheNumbersThePublicationWithdrew() {
        Framework csf = Framework.nistCsf2();
        assertThat(csf.children("ID.AM")).extracting(Requirement::id).containsExactly(
                "ID.AM-01", "ID.AM-02", "ID.AM-03", "ID.AM-04", "ID.AM-05", "ID.AM-07", "ID.AM-08");
        assertThat(csf.children("PR.DS")).extracting(Requirement::id)
                .containsExactly("PR.DS-01", "PR.DS-02", "PR.DS-10", "PR.DS-11");
        assertThat(csf.children("DE.CM")).extracting(Requirement::id)
                .containsExactly("DE.CM-01", "DE.CM-02", "DE.CM-03", "DE.CM-06", "DE.CM-09");
        assertThat(csf.children("DE.AE")).extracting(Requirement::id)
                .containsExactly("DE.AE-02", "DE.AE-03", "DE.AE-04", "DE.AE-06", "DE.AE-07", "DE.AE-08");
        assertThat(csf.children("RS.AN")).extracting(Requirement::id)
                .containsExactly("RS.AN-03", "RS.AN-06", "RS.AN-07", "RS.AN-08");
        assertThat(csf.children("RS.CO")).extracting(Requirement::id).containsExactly("RS.CO-02", "RS.CO-03");
        assertThat(csf.children("RC.CO")).extracting(Requirement::id).containsExactly("RC.CO-03", "RC.CO-04");
        for (String withdrawn : List.of("ID.AM-06", "PR.DS-03", "PR.DS-09", "DE.CM-04", "DE.AE-01", "RS.AN-01",
                "RS.CO-01", "RS.MI-03", "RC.CO-01", "ID.BE", "ID.GV", "PR.PT", "PR.IP", "DE.DP", "RS.RP", "RC.IM")) {
            assertThat(csf.requirement(withdrawn)).as(withdrawn).isEmpty();
        }
    }

    @Test
    void csfSubcategoriesCarryTheirOutcomeStatementAndSitInTheirCategory() {
        Framework csf = Framework.nistCsf2();
        assertThat(csf.requirement("GV.OC-01").orElseThrow()).isEqualTo(new Requirement(Framework.NIST_CSF_2_0,
                "GV.OC-01", "The organizational mission is understood and informs cybersecurity risk management",
                "GV.OC"));
        assertThat(csf.requirement("GV.OC-03").orElseThrow().title()).isEqualTo("Legal, regulatory, and contractual "
                + "requirements regarding cybersecurity — including privacy and civil liberties obligations — are "
                + "understood and managed");
        assertThat(csf.requirement("PR.DS-11").orElseThrow().title())
                .isEqualTo("Backups of data are created, protected, maintained, and tested");
        assertThat(csf.requirement("RS.MI-02").orElseThrow().title()).isEqualTo("Incidents are eradicated");
        assertThat(csf.requirement("RC.CO-04").orElseThrow().title())
                .isEqualTo("Public updates on incident recovery are shared using approved methods and messaging");
        assertThat(csf.requirement("GV.OC").orElseThrow().parent()).contains("GV");
        assertThat(csf.requirement("GV").orElseThrow().isTopLevel()).isTrue();
        assertThat(csf.depth("DE.AE-08")).isEqualTo(3);
        for (Requirement sub : csf.atDepth(3)) {
            assertThat(sub.id()).as(sub.id()).matches("[A-Z]{2}\\.[A-Z]{2}-\\d{2}")
                    .startsWith(sub.parent().orElseThrow() + "-");
        }
        for (Requirement category : csf.atDepth(2)) {
            assertThat(category.id()).startsWith(category.parent().orElseThrow() + ".");
        }
    }

    @Test
    void cisHasEighteenControlsAndOneHundredFiftyThreeSafeguardsNumberedWithoutHoles() {
        Framework cis = Framework.cisV8();
        assertThat(cis.levels()).isEqualTo(2);
        assertThat(cis.atDepth(1)).extracting(Requirement::id).containsExactlyElementsOf(CIS_SAFEGUARDS.keySet());
        assertThat(cis.atDepth(2)).hasSize(153);
        assertThat(cis.requirements()).hasSize(171);
        CIS_SAFEGUARDS.forEach((control, n) -> {
            List<String> expected = java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> control + "." + i)
                    .toList();
            assertThat(cis.children(control)).as(control).extracting(Requirement::id)
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void cisSafeguardsHaveTheirTitles() {
        Framework cis = Framework.cisV8();
        assertThat(cis.requirement("1.1").orElseThrow()).isEqualTo(new Requirement(Framework.CIS_V8, "1.1",
                "Establish and Maintain Detailed Enterprise Asset Inventory", "1"));
        assertThat(cis.requirement("7.1").orElseThrow().title())
                .isEqualTo("Establish and Maintain a Vulnerability Management Process");
        assertThat(cis.requirement("11.2").orElseThrow().title()).isEqualTo("Perform Automated Backups");
        assertThat(cis.requirement("12.4").orElseThrow().title())
                .isEqualTo("Establish and Maintain Architecture Diagram(s)");
        assertThat(cis.requirement("16.14").orElseThrow().title()).isEqualTo("Conduct Threat Modeling");
        assertThat(cis.requirement("18.5").orElseThrow().title())
                .isEqualTo("Perform Periodic Internal Penetration Tests");
        assertThat(cis.requirement("18.6")).isEmpty();
    }

    @Test
    void isoAnnexAStaysOneFlatLevel() {
        Framework iso = Framework.iso27001();
        assertThat(iso.levels()).isEqualTo(1);
        assertThat(iso.topLevel()).hasSize(93);
        assertThat(iso.children("5.15")).isEmpty();
    }

    @Test
    void shippedFrameworksHaveNoDuplicatesAndEveryParentExists() {
        for (Framework f : List.of(Framework.iso27001(), Framework.nistCsf2(), Framework.cisV8())) {
            List<String> ids = f.requirements().stream().map(Requirement::id).toList();
            assertThat(ids).as(f.id()).doesNotHaveDuplicates();
            Set<String> known = Set.copyOf(ids);
            f.requirements().forEach(r -> {
                assertThat(r.framework()).isEqualTo(f.id());
                assertThat(r.title()).as(r.id()).isNotBlank().isEqualTo(r.title().strip());
                r.parent().ifPresent(p -> assertThat(known).as(r.id()).contains(p));
            });
            Map<String, Long> titles = f.requirements().stream()
                    .collect(Collectors.groupingBy(Requirement::title, Collectors.counting()));
            assertThat(titles).as(f.id() + " titles").allSatisfy((title, n) -> assertThat(n).as(title).isOne());
        }
    }

    @Test
    void aFrameworkRejectsDuplicatesUnknownOrLateParentsAndForeignRequirements() {
        Requirement a = new Requirement("F", "A", "a");
        assertThatThrownBy(() -> new Framework("F", "f", List.of(a, new Requirement("F", "A", "again"))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("duplicate requirement 'A'");
        assertThatThrownBy(() -> new Framework("F", "f", List.of(a, new Requirement("F", "A.1", "x", "B"))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("'B' of 'A.1' must be listed before it");
        assertThatThrownBy(() -> new Framework("F", "f", List.of(new Requirement("F", "A.1", "x", "A"), a)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("requirements[0].parent");
        assertThatThrownBy(() -> new Framework("F", "f", List.of(new Requirement("G", "A", "a"))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("must be 'F', was 'G'");
        assertThatThrownBy(() -> new Requirement("F", "A", "a", "A"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("parent");
        assertThatThrownBy(() -> Framework.nistCsf2().children("GV.XX"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("GV.XX");
        assertThatThrownBy(() -> Framework.nistCsf2().atDepth(0)).isInstanceOf(ItmValidationException.class);
        assertThat(Framework.nistCsf2().atDepth(4)).isEmpty();
    }
}
