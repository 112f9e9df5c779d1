package org.itm.risk.controls;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A group of a catalogue: in NIST SP 800-53 a control family such as {@code ac} "Access Control". OSCAL allows
 * groups inside groups and groups without an id.
 *
 * @param id       the group id, e.g. {@code ac}
 * @param title    its title
 * @param groups   groups inside it, in document order
 * @param controls its controls, in document order
 * @since 0.1
 */
public record ControlFamily(Optional<String> id, String title, List<ControlFamily> groups,
                            List<CatalogControl> controls) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id       the group id, e.g. {@code ac}
     * @param title    its title
     * @param groups   groups inside it, in document order
     * @param controls its controls, in document order
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code groups} or {@code controls} when null;
     *                                             {@code title} when blank
     */
    public ControlFamily {
        Checks.notNull(id, "id");
        Checks.notBlank(title, "title");
        groups = List.copyOf(Checks.notNull(groups, "groups"));
        controls = List.copyOf(Checks.notNull(controls, "controls"));
    }
}
