package org.itm.operations.paging.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageStatus;
import org.itm.operations.paging.PageStore;

/** Not for users: the in-memory page store. */
public final class InMemoryPageStore implements PageStore {

    private final Map<String, OnCallPage> pages = new ConcurrentHashMap<>();

    @Override
    public void save(OnCallPage page) {
        Checks.notNull(page, "page");
        pages.put(page.id(), page);
    }

    @Override
    public boolean replace(OnCallPage expected, OnCallPage next) {
        Checks.notNull(expected, "expected");
        Checks.notNull(next, "next");
        if (!expected.id().equals(next.id())) {
            throw new ItmValidationException("next.id", "must be " + expected.id() + ", was " + next.id());
        }
        return pages.replace(next.id(), expected, next);
    }

    @Override
    public List<OnCallPage> triggered() {
        return pages.values().stream().filter(p -> p.status() == PageStatus.TRIGGERED)
                .sorted(Comparator.comparing(OnCallPage::id)).toList();
    }

    @Override
    public Optional<OnCallPage> find(String pageId) {
        return Optional.ofNullable(pages.get(Checks.notBlank(pageId, "pageId")));
    }
}
