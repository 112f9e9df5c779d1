package org.itm.store.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's architecture rules, applied to this module's main code. */
class JdbcArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itm.store.jdbc");
    }

    @Test
    void timeComesFromAnInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(main);
    }

    @Test
    void noLegacyDateTypes() {
        noClasses().should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
                .check(main);
    }

    @Test
    void libraryCodeDoesNotPrintAndLogsThroughSlf4jOnly() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(main);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(main);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.logging.log4j..",
                "org.apache.log4j..", "org.apache.commons.logging..", "ch.qos.logback..").check(main);
    }
}
