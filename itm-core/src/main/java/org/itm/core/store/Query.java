package org.itm.core.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A query for the documents of one type whose indexed fields equal given values, one page at a time.
 *
 * <pre>{@code
 * Query q = Query.of("incident").where("status", "OPEN").withPageSize(50);
 * Page<Document> page = store.query(q);
 * while (page.hasNext()) {
 *     page = store.query(q.after(page.nextPageToken().orElseThrow()));
 * }
 * }</pre>
 *
 * @param type      document type to search
 * @param filters   declared index field → required value; all must match (AND); empty matches every document
 * @param pageSize  1 to {@value #MAX_PAGE_SIZE} results per page
 * @param pageToken absent for the first page; otherwise the {@link Page#nextPageToken()} of the previous page
 * @since 0.1
 */
public record Query(String type, Map<String, String> filters, int pageSize, Optional<String> pageToken) {

    /** Page size of {@link #of(String)}. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** Largest accepted page size. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param type document type to search
     * @param filters declared index field → required value; all must match (AND); empty matches every document
     * @param pageSize 1 to {@value #MAX_PAGE_SIZE} results per page
     * @param pageToken absent for the first page; otherwise the {@link Page#nextPageToken()} of the previous page
     * @throws ItmValidationException naming each invalid component
     */
    public Query {
        Checks.id(type, "type");
        Checks.notNull(filters, "filters");
        for (Map.Entry<String, String> e : filters.entrySet()) {
            Checks.id(e.getKey(), "filters");
            Write.checkIndexValue(e.getValue(), "filters." + e.getKey());
        }
        filters = Map.copyOf(filters);
        Checks.between(pageSize, 1, MAX_PAGE_SIZE, "pageSize");
        Checks.notNull(pageToken, "pageToken");
        pageToken.ifPresent(t -> Checks.notBlank(t, "pageToken"));
    }

    /**
     * All documents of {@code type}, first page of {@value #DEFAULT_PAGE_SIZE}.
     *
     * @param type the document type
     * @return the query
     */
    public static Query of(String type) {
        return new Query(type, Map.of(), DEFAULT_PAGE_SIZE, Optional.empty());
    }

    /**
     * This query, additionally requiring the indexed {@code field} to equal {@code value}.
     *
     * @param field a declared index field
     * @param value the value it must equal
     * @return the refined query
     */
    public Query where(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(Checks.id(field, "field"), Checks.notNull(value, "value"));
        return new Query(type, more, pageSize, pageToken);
    }

    /**
     * This query with another page size.
     *
     * @param size 1 to the store's maximum
     * @return the query
     */
    public Query withPageSize(int size) {
        return new Query(type, filters, size, pageToken);
    }

    /**
     * This query, continuing after the page that returned {@code token}.
     *
     * @param token the next-page token of the previous page
     * @return the query
     */
    public Query after(String token) {
        return new Query(type, filters, pageSize, Optional.of(Checks.notBlank(token, "pageToken")));
    }

    /**
     * This query from its first page.
     *
     * @return the query without a page token
     */
    public Query firstPage() {
        return new Query(type, filters, pageSize, Optional.empty());
    }
}
