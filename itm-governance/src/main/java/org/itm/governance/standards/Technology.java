package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A catalogue entry: a technology (e.g. {@code postgresql-12}) with its category, radar ring and, when the vendor
 * has announced one, the last day of support.
 *
 * @param id           the technology's id, as in {@link Application#technologies()}
 * @param name         a display name
 * @param category     what kind of technology, e.g. {@code database}
 * @param ring         its place on the technology radar
 * @param endOfSupport the vendor's last day of support, when announced
 * @since 0.1
 */
public record Technology(String id, String name, String category, Ring ring, Optional<LocalDate> endOfSupport) {

    /**
     * Checks the components.
     *
     * @param id           the technology's id, as in {@link Application#technologies()}
     * @param name         a display name
     * @param category     what kind of technology, e.g. {@code database}
     * @param ring         its place on the technology radar
     * @param endOfSupport the vendor's last day of support, when announced
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code name} or {@code category}
     *                                             when blank, or {@code ring} or {@code endOfSupport} when null
     */
    public Technology {
        Checks.id(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(category, "category");
        Checks.notNull(ring, "ring");
        Checks.notNull(endOfSupport, "endOfSupport");
    }

    /**
     * A technology without an announced end of support, named by its id.
     *
     * @param id       the technology's id
     * @param category what kind of technology
     * @param ring     its radar ring
     * @return the technology
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static Technology of(String id, String category, Ring ring) {
        return new Technology(id, id, category, ring, Optional.empty());
    }

    /**
     * A technology with an announced end of support, named by its id.
     *
     * @param id           the technology's id
     * @param category     what kind of technology
     * @param ring         its radar ring
     * @param endOfSupport the vendor's last day of support
     * @return the technology
     * @throws org.itm.core.ItmValidationException naming {@code endOfSupport} when null, or as the canonical
     *                                             constructor
     */
    public static Technology of(String id, String category, Ring ring, LocalDate endOfSupport) {
        return new Technology(id, id, category, ring, Optional.of(Checks.notNull(endOfSupport, "endOfSupport")));
    }
}
