package org.itm.operations.paging.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageStatus;
import org.itm.operations.paging.PageStore;

/** Not for users: pages as documents through a {@link Repository}. */
public final class StoredPageStore implements PageStore {

    private final Repository<OnCallPage> pages;

    public StoredPageStore(DocumentStore store) {
        this.pages = Repository.builder(OnCallPage.class, "page").id(OnCallPage::id)
                .index("status", p -> p.status().name()).build(store);
    }

    @Override
    public void save(OnCallPage page) {
        Checks.notNull(page, "page");
        Optional<Versioned<OnCallPage>> current = pages.get(page.id());
        if (current.isPresent()) {
            pages.update(page, current.get().version());
        } else {
            pages.create(page);
        }
    }

    @Override
    public boolean replace(OnCallPage expected, OnCallPage next) {
        Checks.notNull(expected, "expected");
        Checks.notNull(next, "next");
        if (!expected.id().equals(next.id())) {
            throw new ItmValidationException("next.id", "must be " + expected.id() + ", was " + next.id());
        }
        Optional<Versioned<OnCallPage>> current = pages.get(next.id());
        if (current.isEmpty() || !current.get().value().equals(expected)) {
            return false;
        }
        try {
            pages.update(next, current.get().version());
            return true;
        } catch (StaleVersionException raced) {
            return false;
        }
    }

    @Override
    public List<OnCallPage> triggered() {
        return pages.findAll(pages.query().where("status", PageStatus.TRIGGERED.name())).stream()
                .map(Versioned::value).sorted(Comparator.comparing(OnCallPage::id)).toList();
    }

    @Override
    public Optional<OnCallPage> find(String pageId) {
        return pages.get(Checks.notBlank(pageId, "pageId")).map(Versioned::value);
    }
}
