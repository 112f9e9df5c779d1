package org.itm.operations.importer;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * One row of a ServiceNow event log: the incident as it stood after one update.
 *
 * @param row               the data row it came from (1 = first row after the header), for tracing back
 * @param updatedAt         when the update was made ({@code sys_updated_at})
 * @param modCount          ServiceNow's update counter ({@code sys_mod_count}); orders updates made in the same
 *                          minute
 * @param updatedBy         who made it ({@code sys_updated_by}); empty when missing
 * @param state             the incident state after the update
 * @param active            ServiceNow's {@code active} flag
 * @param priority          priority as exported, e.g. {@code 3 - Moderate}
 * @param assignmentGroup   assignment group; empty when missing ({@code ?})
 * @param reassignmentCount how often the incident had been reassigned up to this update
 * @param reopenCount       how often it had been reopened up to this update
 * @param madeSla           ServiceNow's {@code made_sla} flag at this update
 * @since 0.1
 */
public record IncidentUpdate(long row, Instant updatedAt, int modCount, Optional<String> updatedBy,
                             ServiceNowState state, boolean active, String priority,
                             Optional<String> assignmentGroup, int reassignmentCount, int reopenCount,
                             boolean madeSla) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param row               the data row it came from (1 = first row after the header), for tracing back
     * @param updatedAt         when the update was made ({@code sys_updated_at})
     * @param modCount          ServiceNow's update counter ({@code sys_mod_count}); orders updates made in the same
     *                          minute
     * @param updatedBy         who made it ({@code sys_updated_by}); empty when missing
     * @param state             the incident state after the update
     * @param active            ServiceNow's {@code active} flag
     * @param priority          priority as exported, e.g. {@code 3 - Moderate}
     * @param assignmentGroup   assignment group; empty when missing ({@code ?})
     * @param reassignmentCount how often the incident had been reassigned up to this update
     * @param reopenCount       how often it had been reopened up to this update
     * @param madeSla           ServiceNow's {@code made_sla} flag at this update
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public IncidentUpdate {
        Violations v = new Violations();
        v.require(row >= 1, "row", "must be 1 or more, was " + row);
        v.require(updatedAt != null, "updatedAt", "must not be null");
        v.require(modCount >= 0, "modCount", "must not be negative, was " + modCount);
        v.require(updatedBy != null, "updatedBy", "must not be null (use Optional.empty())");
        v.require(state != null, "state", "must not be null");
        v.require(priority != null && !priority.isBlank(), "priority", "must not be blank");
        v.require(assignmentGroup != null, "assignmentGroup", "must not be null (use Optional.empty())");
        v.require(reassignmentCount >= 0, "reassignmentCount", "must not be negative, was " + reassignmentCount);
        v.require(reopenCount >= 0, "reopenCount", "must not be negative, was " + reopenCount);
        v.throwIfAny();
    }
}
