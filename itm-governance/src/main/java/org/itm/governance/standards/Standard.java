package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.validation.Checks;

/**
 * A standard as a rule: an id, what it demands, the principle it serves, the severity of a breach and the rule that
 * finds breaches. Use the factories for the common kinds or supply a {@link StandardRule}.
 */
public record Standard(String id, String description, String principle, ViolationSeverity severity, StandardRule rule) {

    public Standard {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.notNull(principle, "principle");
        Checks.notNull(severity, "severity");
        Checks.notNull(rule, "rule");
    }

    /** No technology in one of the {@code rings} (typically HOLD). Unknown technologies are findings too. */
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

    /** Technologies of {@code category} must be among {@code allowed}. */
    public static Standard allowedInCategory(String id, String principle, ViolationSeverity severity, String category, Set<String> allowed) {
        Set<String> ok = Set.copyOf(allowed);
        return new Standard(id, category + " must be one of " + new TreeSet<>(ok), principle, severity, (app, cat, today) ->
                app.technologies().stream().sorted().filter(t -> cat.find(t).map(x -> x.category().equals(category)).orElse(false))
                        .filter(t -> !ok.contains(t)).map(t -> t + " is not an allowed " + category).toList());
    }

    /** The application must declare attribute {@code key} with value {@code value} (e.g. {@code sso=true}). */
    public static Standard requiresAttribute(String id, String principle, ViolationSeverity severity, String key, String value) {
        return new Standard(id, key + " must be " + value, principle, severity, (app, cat, today) ->
                value.equals(app.attributes().get(key)) ? List.of()
                        : List.of(key + " is " + app.attributes().getOrDefault(key, "not declared") + ", must be " + value));
    }

    /** No technology past its vendor end of support. */
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
