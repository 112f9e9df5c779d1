package org.itm.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DEVELOPERS.md as executable rules, checked over the main code of every module
 * (this module depends on all of them, so all their classes are on its test class path).
 */
class ArchitectureTest {

    private static final String CORE = "org.itm.core..";
    private static final String GOVERNANCE = "org.itm.governance..";
    private static final String OPERATIONS = "org.itm.operations..";
    private static final String CAPACITY = "org.itm.capacity..";
    private static final String RISK = "org.itm.risk..";
    private static final String METRICS = "org.itm.metrics..";
    private static final String TESTKIT = "org.itm.testkit..";
    private static final String STORE_ADAPTERS = "org.itm.store..";
    private static final String NOTIFY_ADAPTERS = "org.itm.notify..";
    private static final String FLINK = "org.itm.flink..";
    private static final String EXAMPLES = "org.itm.examples..";
    private static final String BENCHMARKS = "org.itm.benchmarks..";

    private static JavaClasses all;
    private static JavaClasses library;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itm");
        library = all.that(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(EXAMPLES, BENCHMARKS)));
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"org.itm.core", "org.itm.governance", "org.itm.operations",
                "org.itm.capacity", "org.itm.risk", "org.itm.metrics", "org.itm.testkit", "org.itm.store.jdbc",
                "org.itm.notify.webhook", "org.itm.notify.email", "org.itm.flink"}) {
            org.assertj.core.api.Assertions.assertThat(all.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s are on the class path", pkg)
                    .isTrue();
        }
    }

    @Test
    void onlyTheFlinkModuleSeesFlink() {
        // applications (examples, benchmarks) may run Flink jobs; no library module but itm-flink may need Flink
        noClasses().that().resideOutsideOfPackage("org.itm.flink..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.flink..")
                .because("Flink is itm-flink's runtime, provided by the cluster; every other module must run "
                        + "without it")
                .check(library);
        // itm-flink runs the engines of core, operations and metrics, and nothing else of ours
        noClasses().that().resideInAPackage(FLINK)
                .should().dependOnClassesThat().resideInAnyPackage(GOVERNANCE, CAPACITY, RISK, TESTKIT,
                        STORE_ADAPTERS, NOTIFY_ADAPTERS, EXAMPLES, BENCHMARKS)
                .check(all);
        noClasses().that().resideOutsideOfPackages(FLINK, EXAMPLES, BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(FLINK)
                .check(all);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(GOVERNANCE, OPERATIONS, CAPACITY, RISK, METRICS,
                        TESTKIT, STORE_ADAPTERS, NOTIFY_ADAPTERS, EXAMPLES, BENCHMARKS)
                .check(all);
    }

    @Test
    void adaptersImplementCoreSpisAndDependOnNothingElseOfOurs() {
        for (String adapter : new String[] {STORE_ADAPTERS, NOTIFY_ADAPTERS}) {
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(GOVERNANCE, OPERATIONS, CAPACITY, RISK,
                            METRICS, TESTKIT, EXAMPLES, BENCHMARKS)
                    .check(all);
        }
        noClasses().that().resideInAnyPackage(CORE, GOVERNANCE, OPERATIONS, CAPACITY, RISK, METRICS, TESTKIT)
                .should().dependOnClassesThat().resideInAnyPackage(STORE_ADAPTERS, NOTIFY_ADAPTERS)
                .because("applications choose adapters; libraries only see the SPIs")
                .check(all);
    }

    @Test
    void domainModulesDependOnCoreOnlyAndNeverOnEachOther() {
        String[][] domains = {{GOVERNANCE}, {OPERATIONS}, {CAPACITY}, {RISK}};
        for (String[] domain : domains) {
            String[] others = java.util.stream.Stream.of(GOVERNANCE, OPERATIONS, CAPACITY, RISK, METRICS, TESTKIT,
                            STORE_ADAPTERS, NOTIFY_ADAPTERS, EXAMPLES, BENCHMARKS)
                    .filter(p -> !p.equals(domain[0]))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(domain[0])
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(all);
        }
    }

    @Test
    void metricsReadsTheDomainModulesButNotTheApplications() {
        noClasses().that().resideInAPackage(METRICS)
                .should().dependOnClassesThat().resideInAnyPackage(TESTKIT, EXAMPLES, BENCHMARKS)
                .check(all);
    }

    @Test
    void nothingDependsOnExamplesOrBenchmarks() {
        noClasses().that().resideOutsideOfPackages(EXAMPLES)
                .should().dependOnClassesThat().resideInAPackage(EXAMPLES)
                .check(all);
        noClasses().that().resideOutsideOfPackages(BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(BENCHMARKS)
                .check(all);
    }

    @Test
    void internalPackagesAreNotUsedAcrossModules() {
        for (String module : new String[] {"core", "governance", "operations", "capacity", "risk", "metrics",
                "flink"}) {
            noClasses().that().resideOutsideOfPackage("org.itm." + module + "..")
                    .and().resideOutsideOfPackages(EXAMPLES, BENCHMARKS)
                    .should().dependOnClassesThat().resideInAPackage("org.itm." + module + "..internal..")
                    .allowEmptyShould(true)
                    .check(all);
        }
    }

    /**
     * Within a module too: {@code org.itm.x.concept.internal} serves the concept {@code org.itm.x.concept} (its
     * package and the packages below it) and nothing else, as STYLE.md puts implementation details in a nested
     * {@code internal} package. Tests may reach in; main code may not.
     */
    @Test
    void internalPackagesAreUsedOnlyByTheirOwnConcept() {
        classes().should(useOnlyTheInternalPackagesOfTheirOwnConcept()).check(all);
    }

    @Test
    void spiPackagesHoldOnlyInterfacesAndValueTypes() {
        classes().that().resideInAnyPackage("org.itm.core.store", "org.itm.core.notify")
                .should(beInterfaceOrValueTypeOrFactory())
                .allowEmptyShould(true)
                .check(all);
    }

    @Test
    void libraryCodeTakesTimeFromAnInjectedClock() {
        ArchRule rule = noClasses()
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("time comes from a java.time.Clock passed in");
        rule.check(library);
    }

    @Test
    void noLegacyDateTypes() {
        noClasses().should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
                .because("instants are Instant and business dates LocalDate")
                .check(all);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(library);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(all);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.logging.log4j..",
                        "org.apache.log4j..", "org.apache.commons.logging..", "ch.qos.logback..")
                .orShould().dependOnClassesThat().areAssignableTo(System.Logger.class)
                .check(all);
    }

    /**
     * One name per concept: the simple name of a public type of a published module (outside its {@code internal}
     * packages) is used once. A nested type is read through its owner ({@code Rule.Builder},
     * {@code AlertAction.Kind}), so nested types may share a name with each other, but never with a top-level type.
     */
    @Test
    void publicTypeNamesAreUniqueAcrossThePublishedModules() {
        Map<String, List<String>> topLevel = new TreeMap<>();
        Map<String, List<String>> nested = new TreeMap<>();
        library.stream()
                .filter(ArchitectureTest::isPublicApi)
                .forEach(c -> (c.isTopLevelClass() ? topLevel : nested)
                        .computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName()));
        Map<String, List<String>> clashes = new TreeMap<>();
        topLevel.forEach((name, types) -> {
            List<String> same = new ArrayList<>(types);
            same.addAll(nested.getOrDefault(name, List.of()));
            if (same.size() > 1) {
                clashes.put(name, same);
            }
        });
        org.assertj.core.api.Assertions.assertThat(clashes)
                .as("public types sharing a simple name (give each concept its own name)")
                .isEmpty();
    }

    private static boolean isPublicApi(JavaClass c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.getPackageName().matches(".*\\.internal(\\..*)?")) {
            return false;
        }
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static ArchCondition<JavaClass> useOnlyTheInternalPackagesOfTheirOwnConcept() {
        return new ArchCondition<>("use only the internal packages of their own concept") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("org.itm.") || internal < 0
                            || !(target.length() == internal + 9 || target.charAt(internal + 9) == '.')) {
                        continue;
                    }
                    String concept = target.substring(0, internal);
                    String from = c.getPackageName();
                    if (!from.equals(concept) && !from.startsWith(concept + ".")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                + " (an internal package of " + concept + ")"));
                    }
                }
            }
        };
    }

    /**
     * An SPI package may hold interfaces, records, enums, exceptions, and final holders of static factories
     * ({@code Notifiers.load()}), plus builders nested in those.
     */
    private static ArchCondition<JavaClass> beInterfaceOrValueTypeOrFactory() {
        return new ArchCondition<>("be an interface, a record, an enum, an exception or a static factory holder") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isInterface() || c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class)
                        || c.isAnnotation() || isFactoryHolder(c) || isBuilderOrNested(c);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is" : " is not")
                        + " an interface, value type or factory holder"));
            }
        };
    }

    private static boolean isFactoryHolder(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.FINAL)
                && c.getConstructors().stream().noneMatch(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                && c.getMethods().stream().allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC)
                        || !m.getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static boolean isBuilderOrNested(JavaClass c) {
        return c.getSimpleName().endsWith("Builder") || c.isAnonymousClass()
                || c.getEnclosingClass().map(e -> e.isInterface() || e.isRecord() || e.isEnum()).orElse(false);
    }
}
