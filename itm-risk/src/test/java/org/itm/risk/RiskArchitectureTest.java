package org.itm.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules for the risk module's library code (see STYLE.md). */
class RiskArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itm.risk");

    @Test
    void timeComesFromAnInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(MAIN);
    }

    @Test
    void noLegacyDateTypes() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .check(MAIN);
    }

    @Test
    void noConsoleOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(MAIN);
    }

    @Test
    void domainModulesDoNotDependOnEachOther() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.itm.governance..", "org.itm.operations..",
                "org.itm.capacity..", "org.itm.metrics..").check(MAIN);
    }

    @Test
    void internalsAreOnlyUsedFromTheirOwnConcept() {
        for (String concept : new String[] {"cvss", "audit", "fair"}) {
            noClasses().that().resideOutsideOfPackages("org.itm.risk." + concept + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.itm.risk." + concept + ".internal..")
                    .check(MAIN);
        }
    }
}
