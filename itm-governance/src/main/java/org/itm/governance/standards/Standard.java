package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.validation.Checks;

/**
 * A standard as a rule: an id, what it demands, the principle it serves, the severity of a breach and the rule that
 * finds breaches. Use the factories for the common kinds or supply a {@link StandardRule}; check applications with
 * {@link ConformanceChecker}.
 *
 * @param id          the standard's id, named by {@link Waiver#standardId()}
 * @param description what it demands, e.g. {@code "no technology past its end of support"}
 * @param principle   the {@link Principle#id()} it serves
 * @param severity    how serious a breach is
 * @param rule        the test that finds breaches
 * @since 0.1
 */
public record Standard(String id, String description, String principle, ViolationSeverity severity, StandardRule rule) {

    /**
     * Checks the components.
     *
     * @param id          the standard's id
     * @param description what it demands; not blank
     * @param principle   the principle it serves
     * @param severity    how serious a breach is
     * @param rule        the test that finds breaches
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code description} when blank,
     *                                             or {@code principle}, {@code severity} or {@code rule} when null
     */
    public Standard {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.notNull(principle, "principle");
        Checks.notNull(severity, "severity");
        Checks.notNull(rule, "rule");
    }

    /**
     * No technology in one of the {@code rings} (typically HOLD). Unknown technologies are findings too. Findings
     * read {@code "postgresql-12 is in ring HOLD"} or {@code "x is not in the technology catalogue"}.
     *
     * @param id        the standard's id
     * @param principle the principle it serves
     * @param severity  how serious a breach is
     * @param rings     the rings not allowed
     * @return the standard
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static Standard avoidRings(String id, String principle, ViolationSeverity severity, Set<Ring> rings) {
        Set<Ring> banned = Set.copyOf(rings);
        return new Standard(id, "no technology in ring(s) " + banned, principle, severity, (app, cat, today) -> {
            List<String> out = new ArrayList<>();
            for (String t : new TreeSet<>(app.technologies())) {
                cat.find(t).ifPresentOrElse(tech -> {
                    if (banned.contains(tech.ring())) {
                        out.add(t + " is in ring " + tech.ring());
                    }
                }, () -> out.add(t + " is not in the technology catalogue"));
            }
            return out;
        });
    }

    /**
     * Technologies of {@code category} must be among {@code allowed}, e.g. only {@code postgresql-16} as a
     * {@code database}. Findings read {@code "mysql-8 is not an allowed database"}; technologies the catalogue does
     * not know are not checked.
     *
     * @param id        the standard's id
     * @param principle the principle it serves
     * @param severity  how serious a breach is
     * @param category  the catalogue category checked
     * @param allowed   the technology ids allowed in it
     * @return the standard
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static Standard allowedInCategory(String id, String principle, ViolationSeverity severity, String category, Set<String> allowed) {
        Set<String> ok = Set.copyOf(allowed);
        return new Standard(id, category + " must be one of " + new TreeSet<>(ok), principle, severity, (app, cat, today) ->
                app.technologies().stream().sorted().filter(t -> cat.find(t).map(x -> x.category().equals(category)).orElse(false))
                        .filter(t -> !ok.contains(t)).map(t -> t + " is not an allowed " + category).toList());
    }

    /**
     * The application must declare attribute {@code key} with value {@code value} (e.g. {@code sso=true}). Findings
     * read {@code "sso is false, must be true"} or {@code "sso is not declared, must be true"}.
     *
     * @param id        the standard's id
     * @param principle the principle it serves
     * @param severity  how serious a breach is
     * @param key       the attribute's key in {@link Application#attributes()}
     * @param value     the value required, compared exactly
     * @return the standard
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static Standard requiresAttribute(String id, String principle, ViolationSeverity severity, String key, String value) {
        return new Standard(id, key + " must be " + value, principle, severity, (app, cat, today) ->
                value.equals(app.attributes().get(key)) ? List.of()
                        : List.of(key + " is " + app.attributes().getOrDefault(key, "not declared") + ", must be " + value));
    }

    /**
     * No technology past its vendor end of support (a technology is still supported on its last day). Findings read
     * {@code "postgresql-12 went out of support on 2024-11-14"}.
     *
     * @param id        the standard's id
     * @param principle the principle it serves
     * @param severity  how serious a breach is
     * @return the standard
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static Standard supported(String id, String principle, ViolationSeverity severity) {
        return new Standard(id, "no technology past its end of support", principle, severity, (app, cat, today) ->
                app.technologies().stream().sorted().flatMap(t -> cat.find(t).stream())
                        .filter(t -> t.endOfSupport().map(d -> d.isBefore(today)).orElse(false))
                        .map(t -> t.id() + " went out of support on " + t.endOfSupport().orElseThrow()).toList());
    }

    List<String> findings(Application app, TechnologyCatalogue catalogue, LocalDate today) {
        return rule.check(app, catalogue, today);
    }
}
