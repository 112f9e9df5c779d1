package org.itm.operations.paging.internal;

/**
 * Not for users: one stored ledger entry.
 *
 * @param id {@code pageId.level.round}
 */
public record LedgerEntry(String id) {
}
