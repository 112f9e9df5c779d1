package org.itm.core.store;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * One page of query results, and the token to ask for the next page if there is one.
 *
 * @param items         the results of this page, in the query's order; copied
 * @param nextPageToken present if more results may follow: pass it to {@link Query#after(String)}
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<String> nextPageToken) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param items the results of this page, in the query's order; copied
     * @param nextPageToken present if more results may follow: pass it to {@link Query#after(String)}
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Page {
        items = List.copyOf(Checks.notNull(items, "items"));
        Checks.notNull(nextPageToken, "nextPageToken");
        nextPageToken.ifPresent(t -> Checks.notBlank(t, "nextPageToken"));
    }

    /**
     * True if there is a next page.
     *
     * @return whether a next-page token is present
     */
    public boolean hasNext() {
        return nextPageToken.isPresent();
    }
}
