package org.itm.core.store;

import tools.jackson.databind.JsonNode;

/**
 * One schema step of a stored record type: turns the JSON of a record stored at type version {@code n} into the
 * JSON of version {@code n + 1}. Register one per version with {@link Repository.Builder#migration(int, Migration)};
 * a repository applies them in order on every read of an older document, so documents are never rewritten in
 * bulk (the next update stores the current version).
 *
 * <pre>{@code
 * // version 2 renamed "owner" to "assignee"
 * .typeVersion(2)
 * .migration(1, old -> {
 *     ObjectNode n = (ObjectNode) old;
 *     n.set("assignee", n.remove("owner"));
 *     return n;
 * })
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Migration {

    /**
     * The next version of {@code older}.
     *
     * @param older the stored JSON at the step's version; the step may change it in place and return it
     * @return the JSON at the following version; not null
     */
    JsonNode migrate(JsonNode older);
}
