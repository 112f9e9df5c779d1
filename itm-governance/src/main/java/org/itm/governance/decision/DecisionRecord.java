package org.itm.governance.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A recorded decision: the request, when it was taken, the rights that allowed it (RACI, delegation level, vote),
 * in the order they were checked. Made by {@link DecisionLog#record}; stored by {@link DecisionRecordRepository}.
 *
 * @param sequence  the record's number in its log, from 1
 * @param request   what was decided, by whom
 * @param decidedAt when it was recorded, from the log's clock
 * @param date      {@code decidedAt} as a date in the log's zone
 * @param authority the rights that allowed it, e.g. {@code "director may approve 60000.00 EUR (needs director)"};
 *                  copied
 * @since 0.1
 */
public record DecisionRecord(long sequence, DecisionRequest request, Instant decidedAt, LocalDate date,
                             List<String> authority) {

    /**
     * Checks the components.
     *
     * @param sequence  the record's number in its log, from 1
     * @param request   what was decided, by whom
     * @param decidedAt when it was recorded, from the log's clock
     * @param date      {@code decidedAt} as a date in the log's zone
     * @param authority the rights that allowed it, e.g. {@code "director may approve 60000.00 EUR (needs director)"};
     *                  copied
     * @throws org.itm.core.ItmValidationException naming {@code request}, {@code decidedAt} or {@code date} when
     *                                             null
     */
    public DecisionRecord {
        Checks.require(sequence >= 1, "sequence", "must be 1 or more (the log numbers decisions from 1), was "
                + sequence);
        Checks.notNull(request, "request");
        Checks.notNull(decidedAt, "decidedAt");
        Checks.notNull(date, "date");
        authority = List.copyOf(Checks.notNull(authority, "authority"));
    }
}
