package org.itm.governance.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A recorded decision: the request, when it was taken, the rights that allowed it (RACI, delegation level, vote),
 * in the order they were checked.
 */
public record DecisionRecord(long sequence, DecisionRequest request, Instant decidedAt, LocalDate date,
                             List<String> authority) {

    public DecisionRecord {
        Checks.notNull(request, "request");
        Checks.notNull(decidedAt, "decidedAt");
        Checks.notNull(date, "date");
        authority = List.copyOf(authority);
    }
}
