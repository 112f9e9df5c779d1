package org.itm.capacity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CapacityArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itm.capacity");

    @Test
    void timeComesFromAnInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Date.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
                .check(classes);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void capacityDependsOnNoOtherDomainModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.itm.operations..", "org.itm.governance..", "org.itm.risk..", "org.itm.metrics..")
                .check(classes);
    }
}
