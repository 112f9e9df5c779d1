package org.itm.operations.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;
import org.itm.operations.change.internal.DocumentStoreChangeRepository;

/**
 * Changes with their votes, window and history in a document store (type {@value #TYPE}), keyed by change id and
 * rebuilt through the {@link Change} constructor, so a stored change that breaks a lifecycle invariant (say
 * AUTHORISED without the votes its approval needs) is refused on load with a
 * {@link org.itm.core.store.StoredDocumentException}. Indexed by state, by whether the change is open, and by a
 * calendar bucket of its window; the configuration items a change touches are kept as link documents of type
 * {@value #CI_LINK_TYPE} written in the same atomic batch as the change.
 *
 * <pre>{@code
 * ChangeRepository changes = ChangeRepository.documentStore(store);
 * changes.create(Change.draft("CHG-7", "Patch DB", ChangeType.NORMAL, "rita", List.of("db-1"), now));
 * changes.modify("CHG-7", c -> c.assess(risk, policy, catalog, now, "carla"));
 * List<Versioned<Change>> tonight = changes.allOpenInWindow(TimeInterval.of(evening, morning));
 * }</pre>
 *
 * <p>Every write path keeps a change's CI links: {@link #create}, {@link #update}, {@link #modify},
 * {@link #delete} and, for a batch of your own, {@link #writesToCreate}, {@link #writesToUpdate} and
 * {@link #writesToDelete}. The single-document {@link #toCreate} and {@link #toDelete} refuse a change with CIs
 * (an {@link org.itm.core.ItmValidationException}), since they would leave its links behind; {@link #toUpdate} is
 * safe, because a change's CIs are fixed when it is drafted and an update that alters them is refused.
 *
 * @since 0.1
 */
public interface ChangeRepository extends ForwardingRepository<Change> {

    /** Document type of changes. */
    String TYPE = "change";
    /** Document type of the links from a configuration item to the changes touching it. */
    String CI_LINK_TYPE = "change-ci";
    /**
     * The type version changes are written with: 2 since standard-change templates; version 1 documents (written
     * before, or by a plain {@link org.itm.core.store.Repository} of changes without a type version) have no
     * {@code template} and are read as changes without one.
     */
    int TYPE_VERSION = 2;
    /** Longest interval {@link #openInWindow} searches in one call. */
    Duration MAX_SEARCH = Duration.ofDays(366);

    /**
     * The changes in {@code store} (declares {@value #TYPE} and {@value #CI_LINK_TYPE} there).
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static ChangeRepository documentStore(DocumentStore store) {
        return new DocumentStoreChangeRepository(Checks.notNull(store, "store"));
    }

    /**
     * Whether a change in {@code state} is still open (not closed, rejected or cancelled).
     *
     * @param state the state
     * @return true while the change can still move
     */
    static boolean isOpen(ChangeState state) {
        return !Checks.notNull(state, "state").successors().isEmpty();
    }

    /**
     * Changes in {@code state}.
     *
     * @param state the state
     * @return the query
     */
    default Query inState(ChangeState state) {
        return query().where("state", Checks.notNull(state, "state").name());
    }

    /**
     * Changes not closed, rejected or cancelled.
     *
     * @return the query
     */
    default Query open() {
        return query().where("open", "true");
    }

    /**
     * The create of {@code change} with the links of its CIs, for an atomic batch; the same as
     * {@link #writesToCreate}.
     *
     * @param change the change
     * @return the writes, the change's first
     */
    List<Write> toCreateWithLinks(Change change);

    /**
     * The delete of {@code change} at {@code expectedVersion} with the links of its CIs, for an atomic batch; the
     * same as {@link #writesToDelete} for a caller that holds the stored change.
     *
     * @param change          the stored change
     * @param expectedVersion its version
     * @return the writes, the change's first
     */
    List<Write> toDeleteWithLinks(Change change, long expectedVersion);

    /**
     * One page of the changes touching configuration item {@code ci}; each page is sorted by change id, and the
     * pages follow the order of the CI links, so walking them returns every such change once.
     *
     * @param ci        the configuration item
     * @param pageSize  1 to {@value Query#MAX_PAGE_SIZE}
     * @param pageToken empty for the first page, else the previous page's token
     * @return the page
     * @throws org.itm.core.ItmValidationException if an argument is bad or the token is foreign
     */
    Page<Versioned<Change>> touching(String ci, int pageSize, Optional<String> pageToken);

    /**
     * One page of the open changes whose window overlaps {@code interval}. The search runs one indexed query per
     * calendar day, ISO week, month and year (UTC) that the interval touches, plus one for windows spanning
     * years, and keeps the windows that really overlap; a page may therefore hold fewer than {@code pageSize}
     * changes and still have a next page. Ordered by bucket, then by id.
     *
     * @param interval  the interval, non-empty and at most {@link #MAX_SEARCH} long
     * @param pageSize  1 to {@value Query#MAX_PAGE_SIZE}
     * @param pageToken empty for the first page, else the previous page's token for the same interval
     * @return the page
     * @throws org.itm.core.ItmValidationException if an argument is bad or the token belongs to another search
     */
    Page<Versioned<Change>> openInWindow(TimeInterval interval, int pageSize, Optional<String> pageToken);

    /**
     * Every open change whose window overlaps {@code interval}, walking every page of {@link #openInWindow}.
     *
     * @param interval the interval
     * @return the changes
     */
    default List<Versioned<Change>> allOpenInWindow(TimeInterval interval) {
        return walk(t -> openInWindow(interval, Query.DEFAULT_PAGE_SIZE, t));
    }

    /**
     * Every change touching {@code ci}, walking every page of {@link #touching}.
     *
     * @param ci the configuration item
     * @return the changes
     */
    default List<Versioned<Change>> allTouching(String ci) {
        return walk(t -> touching(ci, Query.DEFAULT_PAGE_SIZE, t));
    }

    private static List<Versioned<Change>> walk(
            Function<Optional<String>, Page<Versioned<Change>>> pages) {
        List<Versioned<Change>> all = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Versioned<Change>> page = pages.apply(token);
            all.addAll(page.items());
            token = page.nextPageToken();
        } while (token.isPresent());
        return all;
    }
}
