package org.itm.operations.problem;

import java.time.Instant;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.operations.incident.IncidentId;

/**
 * A suggestion to open a problem for recurring incidents.
 *
 * @param scope     CI or service
 * @param target    the CI or service id they share
 * @param category  the category group they share
 * @param incidents the incidents (sorted)
 * @param from      the first incident's opening
 * @param to        the last incident's opening
 * @param reason    for people
 * @since 0.1
 */
public record ProblemProposal(DetectionScope scope, String target, String category, List<IncidentId> incidents,
                              Instant from, Instant to, String reason) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param scope     CI or service
     * @param target    the CI or service id they share
     * @param category  the category group they share
     * @param incidents the incidents (sorted)
     * @param from      the first incident's opening
     * @param to        the last incident's opening
     * @param reason    for people
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ProblemProposal {
        Checks.notNull(scope, "scope");
        Checks.notBlank(target, "target");
        Checks.notBlank(category, "category");
        incidents = List.copyOf(Checks.notEmpty(incidents, "incidents"));
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.require(!to.isBefore(from), "to", "must not be before from " + from);
        Checks.notBlank(reason, "reason");
    }
}
