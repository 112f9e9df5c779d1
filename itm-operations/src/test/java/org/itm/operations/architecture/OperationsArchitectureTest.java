package org.itm.operations.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules for the library code of itm-operations (see STYLE.md). */
class OperationsArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itm.operations");

    @Test
    void timeComesFromInjectedClocks() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .check(LIBRARY);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(LIBRARY);
    }

    @Test
    void operationsDependsOnCoreOnlyAmongItmModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.itm.governance..", "org.itm.capacity..",
                "org.itm.risk..", "org.itm.metrics..", "org.itm.testkit..").check(LIBRARY);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnConcept() {
        for (String concept : new String[] {"incident", "sla"}) {
            noClasses().that().resideOutsideOfPackage("org.itm.operations." + concept + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.itm.operations." + concept + ".internal..")
                    .check(LIBRARY);
        }
    }
}
