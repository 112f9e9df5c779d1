package org.itm.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules for the governance module: injected clocks, no console output, internals stay internal. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itm.governance");

    @Test
    void timeComesFromAnInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Date.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
                .check(classes);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(classes);
    }

    @Test
    void internalPackagesAreOnlyUsedByTheirConcept() {
        noClasses().that().resideOutsideOfPackage("org.itm.governance.selection..")
                .should().dependOnClassesThat().resideInAPackage("org.itm.governance.selection.internal..")
                .check(classes);
    }
}
