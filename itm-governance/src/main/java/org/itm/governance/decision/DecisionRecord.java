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
        Checks.require(sequence >= 1, "sequence", "must be 1 or more (the log numbers decisions from 1), was "
                + sequence);
        Checks.notNull(request, "request");
        Checks.notNull(decidedAt, "decidedAt");
        Checks.notNull(date, "date");
        authority = List.copyOf(Checks.notNull(authority, "authority"));
    }
}
