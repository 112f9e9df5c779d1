package org.itm.operations.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Violations;

/**
 * A page: an immutable snapshot of one paging process with its whole timeline; {@link Pager} returns a new
 * snapshot for every change.
 *
 * @param id          identifies the page; also the key of its notification ledger
 * @param policyId    the escalation policy walked
 * @param summary     one line shown to the people paged
 * @param triggeredAt when the page was raised; escalation times count from here (or from the snooze end)
 * @param status      current state
 * @param timeline    what happened, oldest first; copied
 * @since 0.1
 */
public record OnCallPage(String id, String policyId, String summary, Instant triggeredAt, PageStatus status,
                         List<PageEvent> timeline) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param id          identifies the page; also the key of its notification ledger
     * @param policyId    the escalation policy walked
     * @param summary     one line shown to the people paged
     * @param triggeredAt when the page was raised; escalation times count from here (or from the snooze end)
     * @param status      current state
     * @param timeline    what happened, oldest first; copied
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public OnCallPage {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(policyId != null && !policyId.isBlank(), "policyId", "must not be blank");
        v.require(summary != null && !summary.isBlank(), "summary", "must not be blank");
        v.require(triggeredAt != null, "triggeredAt", "must not be null");
        v.require(status != null, "status", "must not be null");
        v.require(timeline != null, "timeline", "must not be null");
        v.throwIfAny();
        timeline = List.copyOf(timeline);
    }

    OnCallPage with(PageStatus newStatus, List<PageEvent> added) {
        List<PageEvent> all = new ArrayList<>(timeline);
        all.addAll(added);
        return new OnCallPage(id, policyId, summary, triggeredAt, newStatus, all);
    }
}
