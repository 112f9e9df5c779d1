package org.itm.metrics.input;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * One page as the paging KPIs see it; {@link OperationsRecords#page} makes one from an itm-operations page.
 *
 * @param id           page id
 * @param policy       the escalation policy it walked
 * @param triggered    when it was raised: places it in a window
 * @param acknowledged when someone first acknowledged it; empty if nobody did
 * @param escalated    whether a level after the first was notified because nobody acknowledged in time
 * @since 0.1
 */
public record PageRecord(String id, String policy, Instant triggered, Optional<Instant> acknowledged,
                         boolean escalated) {

    /**
     * A page; every field is checked and all violations are reported together.
     *
     * @param id page id
     * @param policy the escalation policy it walked
     * @param triggered when it was raised: places it in a window
     * @param acknowledged when someone first acknowledged it; empty if nobody did
     * @param escalated whether a level after the first was notified because nobody acknowledged in time
     * @throws org.itm.core.ItmValidationException listing every blank or missing field, or if {@code acknowledged} is
     *        before {@code triggered}
     */
    public PageRecord {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(policy != null && !policy.isBlank(), "policy", "must not be blank");
        v.require(triggered != null, "triggered", "must not be null");
        v.require(acknowledged != null, "acknowledged", "must not be null (use Optional.empty())");
        v.throwIfAny();
        v.require(acknowledged.isEmpty() || !acknowledged.get().isBefore(triggered), "acknowledged",
                "must not be before triggered (" + triggered + ")");
        v.throwIfAny();
    }
}
