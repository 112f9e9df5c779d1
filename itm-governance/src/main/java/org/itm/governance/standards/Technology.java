package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A catalogue entry: a technology (e.g. {@code postgresql-12}) with its category, radar ring and, when the vendor
 * has announced one, the last day of support.
 */
public record Technology(String id, String name, String category, Ring ring, Optional<LocalDate> endOfSupport) {

    public Technology {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(category, "category");
        Checks.notNull(ring, "ring");
        Checks.notNull(endOfSupport, "endOfSupport");
    }

    public static Technology of(String id, String category, Ring ring) {
        return new Technology(id, id, category, ring, Optional.empty());
    }

    public static Technology of(String id, String category, Ring ring, LocalDate endOfSupport) {
        return new Technology(id, id, category, ring, Optional.of(Checks.notNull(endOfSupport, "endOfSupport")));
    }
}
