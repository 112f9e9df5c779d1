package org.itm.operations.paging;

import org.itm.core.IllegalStateTransitionException;

/**
 * Thrown when a page is asked to move to a state it cannot reach from its current one; the page is unchanged.
 *
 * @since 0.1
 */
public class IllegalPageTransitionException extends IllegalStateTransitionException {

    /**
     * @param pageId the page
     * @param from   its current state
     * @param action what was asked, e.g. {@code acknowledge}
     */
    public IllegalPageTransitionException(String pageId, PageStatus from, String action) {
        super("page " + pageId, from, action, "a " + from + " page cannot " + action);
    }
}
