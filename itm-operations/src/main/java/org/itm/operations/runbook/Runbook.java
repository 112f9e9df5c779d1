package org.itm.operations.runbook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;

/**
 * A runbook as data: ordered steps and the services, alert keys and known errors it applies to. Read one from
 * JSON/YAML with {@link #fromJson}/{@link #fromYaml}.
 *
 * @param id          identifier
 * @param name        for people
 * @param steps       in execution order; ids unique
 * @param services    services it is for
 * @param alertKeys   alert de-duplication keys it handles
 * @param knownErrors known-error (problem) ids it works around
 * @since 0.1
 */
public record Runbook(String id, String name, List<RunbookStep> steps, Set<String> services, Set<String> alertKeys,
                      Set<String> knownErrors) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param id          identifier
     * @param name        for people
     * @param steps       in execution order; ids unique
     * @param services    services it is for
     * @param alertKeys   alert de-duplication keys it handles
     * @param knownErrors known-error (problem) ids it works around
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public Runbook {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        steps = List.copyOf(Checks.notEmpty(steps, "steps"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Checks.require(ids.add(steps.get(i).id()), "steps[" + i + "].id", "repeats '" + steps.get(i).id() + "'");
        }
        services = services == null ? Set.of() : Set.copyOf(services);
        alertKeys = alertKeys == null ? Set.of() : Set.copyOf(alertKeys);
        knownErrors = knownErrors == null ? Set.of() : Set.copyOf(knownErrors);
    }

    /**
     * Reads a runbook from JSON.
     *
     * @param json the runbook as a JSON object; durations in ISO-8601 ({@code PT5M})
     * @return the runbook, validated as by the constructor
     * @throws org.itm.core.ItmValidationException naming the JSON path of each bad or unreadable field
     */
    public static Runbook fromJson(String json) {
        return ItmJson.fromJson(json, Runbook.class);
    }

    /**
     * Reads a runbook from YAML.
     *
     * @param yaml the runbook as a YAML mapping; durations in ISO-8601 ({@code PT5M})
     * @return the runbook, validated as by the constructor
     * @throws org.itm.core.ItmValidationException naming the path of each bad or unreadable field
     */
    public static Runbook fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, Runbook.class);
    }
}
