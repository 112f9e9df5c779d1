package org.itm.operations.change;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One recorded step of a change: who did what, when, from which state to which.
 *
 * @param at     when
 * @param actor  who
 * @param action what, e.g. {@code vote}, {@code schedule}
 * @param from   state before
 * @param to     state after
 * @param note   details (comment, window, closure notes); may be empty
 * @since 0.1
 */
public record ChangeHistoryEntry(Instant at, String actor, String action, ChangeState from, ChangeState to,
                                 String note) {

    /**
     * Checks the entry.
     *
     * @param at     when; not null
     * @param actor  who; not blank
     * @param action what; not blank
     * @param from   state before; not null
     * @param to     state after; not null
     * @param note   details; not null, may be empty
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public ChangeHistoryEntry {
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        Checks.notBlank(action, "action");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(note, "note");
    }
}
