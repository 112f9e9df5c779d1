package org.itm.operations.escalation;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.itm.core.outbox.Outbox;
import org.itm.core.store.Page;
import org.itm.core.store.Write;
import org.itm.operations.escalation.internal.DocumentStoreEscalationLedger;

/**
 * The escalation ledger in a document store, for engines whose notifications must survive a restart: each
 * escalation that fires is recorded as an {@link EscalationRecord} together with the ticket's raised level and the
 * outbox entry of its notification, in one atomic batch, before anything is sent. A process killed at any moment
 * and started again therefore neither forgets an escalation (its notification is in the outbox, delivered by the
 * {@link org.itm.core.outbox.OutboxDispatcher}) nor fires it again (its record exists). Use it with
 * {@link EscalationEngine#create(List, StoredEscalationLedger, String)}.
 *
 * <p>Stored as documents of type {@value #RECORD_TYPE} (indexed by {@code ticket}, {@code rule} and {@code scope})
 * and {@value #LEVEL_TYPE}, in the outbox's store. Thread-safe; several processes may share one store.
 *
 * @since 0.1
 */
public interface StoredEscalationLedger {

    /** Document type of escalation records. */
    String RECORD_TYPE = "escalation";
    /** Document type of ticket escalation levels. */
    String LEVEL_TYPE = "escalation-level";

    /**
     * The ledger in {@code outbox}'s store (declares its types there).
     *
     * @param outbox the outbox that notifications are recorded in
     * @return the ledger
     */
    static StoredEscalationLedger create(Outbox outbox) {
        return new DocumentStoreEscalationLedger(outbox);
    }

    /**
     * The outbox the ledger records notifications in.
     *
     * @return the outbox
     */
    Outbox outbox();

    /**
     * Records {@code record} as fired, raises its ticket's level to at least {@code raiseTo}, and writes the
     * {@code effects} for the resulting level, all in one atomic batch; does nothing if the record's key fired
     * before. Retries when another writer raised the level concurrently.
     *
     * @param record  what fired; its {@link EscalationRecord#level()} is replaced by the level after raising
     * @param raiseTo the level to raise to (0: leave it)
     * @param effects the writes (e.g. {@link Outbox#enqueue}) that belong to the escalation, given the new level;
     *                may be called more than once and must not have side effects
     * @return the ticket's level after it, or empty if the key had fired before (nothing was written)
     * @throws org.itm.core.store.StaleVersionException if the level kept changing over every retry
     */
    Optional<Integer> fire(EscalationRecord record, int raiseTo, IntFunction<List<Write>> effects);

    /**
     * The ticket's current escalation level.
     *
     * @param ticketId the ticket
     * @return 0 when it was never raised
     */
    int level(String ticketId);

    /**
     * The record of the escalation with {@code key}, if it fired.
     *
     * @param key {@code ticket|rule|scope}
     * @return the record
     */
    Optional<EscalationRecord> find(String key);

    /**
     * One page of the escalations that fired for {@code ticketId}, in one scope (e.g. {@code cycle2}) if given.
     *
     * @param ticketId  the ticket
     * @param scope     the scope, or empty for all
     * @param pageSize  1 to {@value org.itm.core.store.Query#MAX_PAGE_SIZE}
     * @param pageToken empty for the first page, else the previous page's token
     * @return the page, in document-id order
     */
    Page<EscalationRecord> fired(String ticketId, Optional<String> scope, int pageSize, Optional<String> pageToken);

    /**
     * The escalations of {@code ticketId} in {@code scope} whose notification is not delivered yet (its outbox entry
     * is pending or dead): what an operator checks after an outage of the notification channel.
     *
     * @param ticketId the ticket
     * @param scope    e.g. {@code cycle1}
     * @return the records, in document-id order
     */
    List<EscalationRecord> pending(String ticketId, String scope);

    /**
     * One page of the escalations of every ticket in {@code scope} (e.g. {@code cycle2}) whose notification is not
     * delivered yet: after an outage of the notification channel, what is still owed across all tickets of a cycle.
     * The page reads {@code pageSize} escalations of the scope through the {@code scope} index (not every stored
     * escalation) and keeps the undelivered ones, so a page may hold fewer items than {@code pageSize}, or none,
     * and still have a next page; follow {@link Page#nextPageToken()} until it is empty. The default reads the
     * records from {@link #outbox()}'s store in the layout described above.
     *
     * <pre>{@code
     * Page<EscalationRecord> page = ledger.pendingInScope("cycle1", 500, Optional.empty());
     * while (page.hasNext()) {
     *     page = ledger.pendingInScope("cycle1", 500, page.nextPageToken());
     * }
     * }</pre>
     *
     * @param scope     the scope, e.g. {@code cycle1}
     * @param pageSize  escalations of the scope read per page, 1 to {@value org.itm.core.store.Query#MAX_PAGE_SIZE}
     * @param pageToken empty for the first page, else the previous page's token
     * @return the undelivered escalations among the page's, in document-id order
     * @throws org.itm.core.ItmValidationException naming {@code scope} when blank, {@code pageSize} when out of
     *                                             range or {@code pageToken} when null or blank
     */
    default Page<EscalationRecord> pendingInScope(String scope, int pageSize, Optional<String> pageToken) {
        // from the documented layout (records of RECORD_TYPE indexed by scope, in the outbox's store)
        return DocumentStoreEscalationLedger.pendingInScope(outbox(), scope, pageSize, pageToken);
    }
}
