package org.itm.operations.runbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.itm.core.validation.Checks;

/**
 * Finds the runbooks that apply to an alert, a service or a known error, through the links each runbook
 * declares. Thread-safe; adding a runbook with an existing id replaces it.
 *
 * @since 0.1
 */
public final class RunbookCatalog {

    private final Map<String, Runbook> byId = new ConcurrentHashMap<>();

    /**
     * Adds a runbook, or replaces the one with its id.
     *
     * @param runbook the runbook; replaces one with the same id
     * @throws org.itm.core.ItmValidationException if {@code runbook} is null
     */
    public void add(Runbook runbook) {
        Checks.notNull(runbook, "runbook");
        byId.put(runbook.id(), runbook);
    }

    /**
     * Runbooks that handle alerts with de-duplication key {@code alertKey}, by id.
     *
     * @param alertKey an alert de-duplication key; not blank
     * @return the runbooks listing it in {@link Runbook#alertKeys()}; empty when none
     */
    public List<Runbook> forAlert(String alertKey) {
        Checks.notBlank(alertKey, "alertKey");
        return find(r -> r.alertKeys().contains(alertKey));
    }

    /**
     * Runbooks for {@code service}, by id.
     *
     * @param service a service id; not blank
     * @return the runbooks listing it in {@link Runbook#services()}; empty when none
     */
    public List<Runbook> forService(String service) {
        Checks.notBlank(service, "service");
        return find(r -> r.services().contains(service));
    }

    /**
     * Runbooks that work around known error (problem) {@code problemId}, by id.
     *
     * @param problemId a problem id; not blank
     * @return the runbooks listing it in {@link Runbook#knownErrors()}; empty when none
     */
    public List<Runbook> forKnownError(String problemId) {
        Checks.notBlank(problemId, "problemId");
        return find(r -> r.knownErrors().contains(problemId));
    }

    private List<Runbook> find(Predicate<Runbook> p) {
        return byId.values().stream().filter(p).sorted(Comparator.comparing(Runbook::id)).toList();
    }
}
