package org.itm.core.notify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The notification SPI package exposes only interfaces and value types; everything else is internal. */
class NotifyArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itm.core.notify");

    @Test
    void spiPackageHoldsOnlyInterfacesRecordsAndEnums() {
        classes().that().resideInAPackage("org.itm.core.notify")
                .and(DescribedPredicate.describe("are not synthetic", (JavaClass c) -> !c.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)))
                .should(new ArchCondition<>("be an interface, record or enum") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean ok = c.isInterface() || c.isEnum() || c.isRecord();
                        events.add(new SimpleConditionEvent(c, ok, c.getName() + " is a plain class"));
                    }
                })
                .check(MAIN);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().that().resideInAnyPackage("org.itm.core.notify..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(MAIN);
    }
}
