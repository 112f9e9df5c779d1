package org.itm.risk.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One audited event: who ({@code actor}) did what ({@code action}) to what ({@code target}), how it ended, when,
 * and free-form details. Details are kept sorted by key so that the canonical encoding is unique.
 *
 * @param time    when the action happened
 * @param actor   user or system that acted
 * @param action  what was done, e.g. {@code change.approve}
 * @param target  what it was done to, e.g. {@code CHG-42}
 * @param outcome how it ended
 * @param details extra key/value facts; may be empty
 * @since 0.1
 */
public record AuditEntry(Instant time, String actor, String action, String target, AuditOutcome outcome,
                         Map<String, String> details) {

    /**
     * Checks the components.
     *
     * @param time    when the action happened
     * @param actor   user or system that acted
     * @param action  what was done, e.g. {@code change.approve}
     * @param target  what it was done to, e.g. {@code CHG-42}
     * @param outcome how it ended
     * @param details extra key/value facts; may be empty
     * @throws org.itm.core.ItmValidationException naming every null or blank component, {@code details} for a
     *                                             blank key and {@code details.<key>} for a null value
     */
    public AuditEntry {
        Violations v = new Violations();
        v.require(time != null, "time", "must not be null");
        v.require(actor != null && !actor.isBlank(), "actor", "must not be blank");
        v.require(action != null && !action.isBlank(), "action", "must not be blank");
        v.require(target != null && !target.isBlank(), "target", "must not be blank");
        v.require(outcome != null, "outcome", "must not be null");
        v.require(details != null, "details", "must not be null");
        if (details != null) {
            details.forEach((k, val) -> {
                v.require(k != null && !k.isBlank(), "details", "keys must not be blank");
                v.require(val != null, "details." + k, "must not be null");
            });
        }
        v.throwIfAny();
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /**
     * An entry without details.
     *
     * @param time    when the action happened
     * @param actor   user or system that acted, not blank
     * @param action  what was done, e.g. {@code change.approve}, not blank
     * @param target  what it was done to, e.g. {@code CHG-42}, not blank
     * @param outcome how it ended
     * @return the entry, with empty details
     * @throws org.itm.core.ItmValidationException naming every null or blank component
     */
    public static AuditEntry of(Instant time, String actor, String action, String target, AuditOutcome outcome) {
        return new AuditEntry(time, actor, action, target, outcome, Map.of());
    }

    /**
     * This entry with other details (used to build entries step by step); this entry is unchanged.
     *
     * @param newDetails the details replacing the current ones; may be empty
     * @return a copy with {@code newDetails}, sorted by key
     * @throws org.itm.core.ItmValidationException naming {@code details} when null or a key is blank, or
     *                                             {@code details.<key>} when a value is null
     */
    public AuditEntry withDetails(Map<String, String> newDetails) {
        Checks.notNull(newDetails, "details");
        return new AuditEntry(time, actor, action, target, outcome, newDetails);
    }
}
