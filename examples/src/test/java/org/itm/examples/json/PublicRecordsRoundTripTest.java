package org.itm.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

/**
 * Every public record of every published module, found on the class path rather than listed by hand, is built
 * from random sample values through its canonical constructor (retrying until its validation accepts them) and
 * must read back equal from its own JSON and YAML. A new record is covered the day it is added.
 */
class PublicRecordsRoundTripTest {

    /**
     * Records that are not values to store or send, each with the reason. Keep this short: a type missing from
     * here and failing the test is a type to fix.
     */
    private static final Map<String, String> NOT_VALUES = Map.of(
            "org.itm.core.notify.Route", "holds a Predicate: routing code, configured in code, not data",
            "org.itm.core.notify.RouteCondition", "holds a Predicate: routing code, configured in code, not data",
            "org.itm.core.rule.Rule", "a compiled rule holding a Condition; RuleDefinition is its stored form",
            "org.itm.governance.standards.Standard", "holds StandardRule implementations: checks written in code",
            "org.itm.capacity.forecast.EtsSelection", "holds a fitted EtsModel, recomputed from the series",
            "org.itm.capacity.scenario.ResourcePlan", "holds its baseline Forecast, computed from the usage series",
            "org.itm.risk.fair.PortfolioResult", "a simulation result holding LossDistribution sample arrays, "
                    + "recomputed from the stored scenarios");

    private static final org.itm.operations.oncall.OnCallLayerDefinition ON_CALL_LAYER =
            new org.itm.operations.oncall.OnCallLayerDefinition("primary", Optional.of(ZoneId.of("America/New_York")),
                    List.of("ann", "bob"), LocalDateTime.parse("2026-03-23T09:00"), "PT12H",
                    List.of(org.itm.operations.oncall.Restriction.everyDay(LocalTime.of(18, 0), LocalTime.of(8, 0))));

    /**
     * Sample values for types whose validity a random pick of simple values cannot reach: vectors with a fixed
     * metric grammar, digests, and matrices whose levels must line up.
     */
    private static final Map<Class<?>, List<Object>> KNOWN = Map.ofEntries(
            Map.entry(org.itm.risk.cvss.Cvss31Vector.class, List.of(new org.itm.risk.cvss.Cvss31Vector(Map.of("AV", "N",
                    "AC", "L", "PR", "N", "UI", "N", "S", "U", "C", "H", "I", "H", "A", "H")))),
            Map.entry(org.itm.risk.cvss.Cvss40Vector.class, List.of(new org.itm.risk.cvss.Cvss40Vector(Map.ofEntries(
                    Map.entry("AV", "N"), Map.entry("AC", "L"), Map.entry("AT", "N"), Map.entry("PR", "N"),
                    Map.entry("UI", "N"), Map.entry("VC", "H"), Map.entry("VI", "H"), Map.entry("VA", "H"),
                    Map.entry("SC", "N"), Map.entry("SI", "N"), Map.entry("SA", "N"))))),
            Map.entry(org.itm.risk.cvss.Cvss30Vector.class, List.of(
                    org.itm.risk.cvss.Cvss30Vector.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))),
            Map.entry(org.itm.risk.cvss.Cvss20Vector.class, List.of(
                    org.itm.risk.cvss.Cvss20Vector.parse("AV:N/AC:L/Au:N/C:P/I:P/A:P"))),
            // scores are what their vector computes, so they are sampled from the calculator
            Map.entry(org.itm.risk.cvss.Cvss30Score.class, List.of(
                    org.itm.risk.cvss.Cvss30Vector.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").score())),
            Map.entry(org.itm.risk.cvss.Cvss20Score.class, List.of(
                    org.itm.risk.cvss.Cvss20Vector.parse("AV:N/AC:L/Au:N/C:P/I:P/A:P").score())),
            Map.entry(org.itm.risk.inventory.CpeName.class, List.of(
                    org.itm.risk.inventory.CpeName.parse("cpe:2.3:a:fasterxml:jackson-databind:2.9.10:*:*:*:*:*:*:*"))),
            Map.entry(org.itm.risk.audit.Hash.class, List.of(org.itm.risk.audit.Hash.fromHex("01".repeat(org.itm.risk.audit.Hash.LENGTH)),
                    org.itm.risk.audit.Hash.ZERO)),
            Map.entry(org.itm.core.priority.PriorityMatrix.class, List.of(org.itm.core.priority.PriorityMatrix.itil3x3(),
                    org.itm.core.priority.PriorityMatrix.itil5x5())),
            Map.entry(org.itm.metrics.catalog.DoraBands.class, List.of(org.itm.metrics.catalog.DoraBands.published())),
            // the key of a ledger entry is derived from its parts
            Map.entry(org.itm.operations.escalation.EscalationRecord.class, List.of(
                    new org.itm.operations.escalation.EscalationRecord("INC-1|p2-warn|cycle1", "INC-1", "p2-warn",
                            "cycle1", java.time.Instant.parse("2026-03-02T13:00:00Z"),
                            java.time.Instant.parse("2026-03-02T13:01:00Z"), 1, java.util.Optional.of("esc:INC-1|p2-warn|cycle1")))),
            // a change's history must be one its lifecycle can produce: start where the lifecycle starts
            Map.entry(org.itm.operations.change.Change.class, List.of(
                    org.itm.operations.change.Change.draft("CHG-1", "Patch the database",
                            org.itm.operations.change.ChangeType.NORMAL, "carla", List.of("db-1"),
                            java.time.Instant.parse("2026-03-02T09:00:00Z")),
                    org.itm.operations.change.Change.standard("CHG-2", "Restart the app server",
                            "restart-app-server", "carla", List.of("app-1"),
                            java.time.Instant.parse("2026-03-02T10:00:00Z")))),
            // a layer's turn is text with a grammar (daily, weekly, P2D, PT12H); an override ends after it starts
            Map.entry(org.itm.operations.oncall.OnCallLayerDefinition.class, List.of(ON_CALL_LAYER)),
            Map.entry(org.itm.operations.oncall.OnCallOverrideDefinition.class, List.of(
                    new org.itm.operations.oncall.OnCallOverrideDefinition("xena",
                            LocalDateTime.parse("2026-12-24T18:00"), LocalDateTime.parse("2026-12-27T09:00")))),
            Map.entry(org.itm.operations.oncall.OnCallScheduleDefinition.class, List.of(
                    new org.itm.operations.oncall.OnCallScheduleDefinition("rota", ZoneId.of("Europe/Berlin"),
                            List.of(ON_CALL_LAYER), List.of(new org.itm.operations.oncall.OnCallOverrideDefinition(
                                    "xena", LocalDateTime.parse("2026-12-24T18:00"),
                                    LocalDateTime.parse("2026-12-27T09:00")))))));

    private static final int ATTEMPTS = 200;
    private static final int NESTED_ATTEMPTS = 50;

    @Test
    void everyPublicRecordRoundTripsThroughJsonAndYaml() {
        List<Class<?>> records = publicRecords();
        assertThat(records).as("public records found").hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        int tested = 0;
        for (Class<?> type : records) {
            if (NOT_VALUES.containsKey(type.getName())) {
                continue;
            }
            Object value = null;
            RuntimeException lastRejection = null;
            java.util.Random random = new java.util.Random(type.getName().hashCode());
            for (int attempt = 0; attempt < ATTEMPTS && value == null; attempt++) {
                try {
                    value = new Samples(random).instance(type, 0);
                } catch (RuntimeException e) {
                    lastRejection = e;
                }
            }
            if (value == null) {
                failures.add(type.getName() + ": no sample passed its validation in " + ATTEMPTS
                        + " attempts, last: " + lastRejection);
                continue;
            }
            tested++;
            try {
                Object fromJson = ItmJson.fromJson(ItmJson.toJson(value), type);
                if (!fromJson.equals(value)) {
                    failures.add(type.getName() + ": JSON read back " + fromJson + " for " + value);
                }
                Object fromYaml = ItmJson.fromYaml(ItmJson.toYaml(value), type);
                if (!fromYaml.equals(value)) {
                    failures.add(type.getName() + ": YAML read back " + fromYaml + " for " + value);
                }
            } catch (RuntimeException e) {
                failures.add(type.getName() + ": " + e);
            }
        }
        assertThat(failures).as("%d records tested", tested).isEmpty();
    }

    private static List<Class<?>> publicRecords() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itm").stream()
                .filter(c -> c.isRecord() && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .filter(c -> !c.getPackageName().contains(".internal"))
                .filter(c -> !c.getPackageName().startsWith("org.itm.examples"))
                .filter(c -> !c.getPackageName().startsWith("org.itm.testkit"))
                .filter(c -> !c.getPackageName().startsWith("org.itm.benchmarks"))
                .map(JavaClass::reflect)
                .filter(PublicRecordsRoundTripTest::reachable)
                .sorted(java.util.Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    private static boolean reachable(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Builds a valid-looking instance of a type from the simplest sample of each component. */
    static final class Samples {

        private final java.util.Random random;

        Samples(java.util.Random random) {
            this.random = random;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private int size() {
            return 1 + random.nextInt(3);
        }

        Object instance(Type type, int depth) {
            if (depth > 12) {
                throw new IllegalStateException("sample nesting too deep for " + type);
            }
            if (type instanceof java.lang.reflect.TypeVariable<?>) {
                return pick(List.of("a1", "b2"));
            }
            if (type instanceof WildcardType w) {
                return instance(w.getUpperBounds()[0], depth);
            }
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type[] args = p.getActualTypeArguments();
                if (raw == Optional.class) {
                    return random.nextBoolean() ? Optional.empty() : Optional.of(instance(args[0], depth + 1));
                }
                if (Collection.class.isAssignableFrom(raw)) {
                    int n = random.nextInt(3);
                    List<Object> elements = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        elements.add(instance(args[0], depth + 1));
                    }
                    if (SortedSet.class.isAssignableFrom(raw)) {
                        return new TreeSet<>(elements);
                    }
                    if (Set.class.isAssignableFrom(raw)) {
                        return new java.util.LinkedHashSet<>(elements);
                    }
                    return elements;
                }
                if (Map.class.isAssignableFrom(raw)) {
                    int n = random.nextInt(3);
                    Map<Object, Object> entries = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>()
                            : new java.util.LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        entries.put(instance(args[0], depth + 1), instance(args[1], depth + 1));
                    }
                    return entries;
                }
                return instance(raw, depth);
            }
            Class<?> c = (Class<?>) type;
            if (KNOWN.containsKey(c)) {
                return pick(KNOWN.get(c));
            }
            Object simple = simple(c);
            if (simple != null) {
                return simple;
            }
            if (c.isEnum()) {
                return pick(List.of(c.getEnumConstants()));
            }
            if (c.isRecord()) {
                // retry this record alone, so that one hard-to-satisfy part does not restart its whole owner
                RuntimeException last = null;
                for (int attempt = 0; attempt < NESTED_ATTEMPTS; attempt++) {
                    try {
                        return record(c, depth);
                    } catch (RuntimeException e) {
                        last = e;
                    }
                }
                throw last;
            }
            if (c.isSealed()) {
                return instance(pick(List.of(c.getPermittedSubclasses())), depth + 1);
            }
            throw new IllegalStateException("no sample for " + c.getName());
        }

        private Object record(Class<?> c, int depth) {
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = instance(components[i].getGenericType(), depth + 1);
            }
            try {
                Constructor<?> canonical = c.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException(c.getSimpleName() + " rejected " + java.util.Arrays.asList(values)
                        + ": " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object simple(Class<?> c) {
            if (c == String.class || c == CharSequence.class) {
                return pick(List.of("a1", "b2", "c-3", "d.4", "CVE-2026-12345"));
            }
            if (c == int.class || c == Integer.class) {
                return pick(List.of(0, 1, 2, 3, 5, 10, 100, 2026));
            }
            if (c == long.class || c == Long.class) {
                return (long) pick(List.of(0, 1, 2, 3, 10, 1000, 2026));
            }
            if (c == double.class || c == Double.class) {
                return pick(List.of(0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, 2.0, 10.0, 100.0));
            }
            if (c == float.class || c == Float.class) {
                return 0.5f;
            }
            if (c == short.class || c == Short.class) {
                return (short) 1;
            }
            if (c == byte.class || c == Byte.class) {
                return (byte) 1;
            }
            if (c == boolean.class || c == Boolean.class) {
                return random.nextBoolean();
            }
            if (c == char.class || c == Character.class) {
                return 'a';
            }
            if (c == BigDecimal.class) {
                return new BigDecimal(pick(List.of("0", "1", "1.5", "12.50", "100")));
            }
            if (c == java.math.BigInteger.class) {
                return java.math.BigInteger.ONE;
            }
            if (c == Instant.class) {
                return Instant.parse("2026-03-26T13:00:00Z").plusSeconds(3600L * random.nextInt(2000));
            }
            if (c == Duration.class) {
                return pick(List.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(7)));
            }
            if (c == LocalDate.class) {
                return LocalDate.of(2026, 3, 26).plusDays(random.nextInt(400));
            }
            if (c == LocalTime.class) {
                return LocalTime.of(random.nextInt(24), 0);
            }
            if (c == LocalDateTime.class) {
                return LocalDateTime.of(2026, 3, 26, 9, 0);
            }
            if (c == OffsetDateTime.class) {
                return OffsetDateTime.of(2026, 3, 26, 9, 0, 0, 0, ZoneOffset.UTC);
            }
            if (c == YearMonth.class) {
                return YearMonth.of(2026, 1 + random.nextInt(12));
            }
            if (c == MonthDay.class) {
                return MonthDay.of(3, 26);
            }
            if (c == java.time.Year.class) {
                return java.time.Year.of(2026);
            }
            if (c == java.time.DayOfWeek.class) {
                return pick(List.of(java.time.DayOfWeek.values()));
            }
            if (c == ZoneId.class) {
                return ZoneId.of("Europe/Berlin");
            }
            if (c == java.util.Currency.class) {
                return java.util.Currency.getInstance("EUR");
            }
            if (c == UUID.class) {
                return UUID.fromString("00000000-0000-0000-0000-000000000001");
            }
            if (c == Object.class) {
                return pick(List.of("a1", 1, true));
            }
            if (c == java.time.Period.class) {
                return pick(List.of(java.time.Period.ofDays(1), java.time.Period.ofMonths(3),
                        java.time.Period.ofYears(1)));
            }
            if (c == java.util.OptionalInt.class) {
                return random.nextBoolean() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(size());
            }
            if (c == java.util.OptionalDouble.class) {
                return random.nextBoolean() ? java.util.OptionalDouble.empty()
                        : java.util.OptionalDouble.of(pick(List.of(0.0, 0.5, 1.0, 10.0)));
            }
            if (c == java.net.URI.class) {
                return java.net.URI.create("https://example.org/a1");
            }
            return null;
        }
    }
}
