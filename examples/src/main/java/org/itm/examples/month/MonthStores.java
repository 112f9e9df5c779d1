package org.itm.examples.month;

import java.nio.file.Path;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;

/** Opens the document store the example keeps its month-over-month figures in. */
final class MonthStores {

    private MonthStores() {
    }

    /**
     * The store discovered through {@code ServiceLoader}, else the in-memory default (which forgets between runs).
     */
    static DocumentStore open(Path dataDir) {
        return DocumentStores.load();
    }
}
