package org.itm.metrics.input;

import java.time.Instant;
import org.itm.core.validation.Violations;

/**
 * One person notified of one page (the first notification of that person for that page); made by
 * {@link OperationsRecords#pageReceipts}.
 *
 * @param pageId   the page
 * @param policy   the escalation policy it walked
 * @param person   who was notified
 * @param notified when they were first notified: places the receipt in a window
 * @since 0.1
 */
public record PageReceiptRecord(String pageId, String policy, String person, Instant notified) {

    /**
     * A receipt; every field is checked and all violations are reported together.
     *
     * @param pageId the page
     * @param policy the escalation policy it walked
     * @param person who was notified
     * @param notified when they were first notified: places the receipt in a window
     * @throws org.itm.core.ItmValidationException listing every blank or missing field
     */
    public PageReceiptRecord {
        Violations v = new Violations();
        v.require(pageId != null && !pageId.isBlank(), "pageId", "must not be blank");
        v.require(policy != null && !policy.isBlank(), "policy", "must not be blank");
        v.require(person != null && !person.isBlank(), "person", "must not be blank");
        v.require(notified != null, "notified", "must not be null");
        v.throwIfAny();
    }
}
