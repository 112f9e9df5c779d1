package org.itm.risk.controls;

import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * One requirement of a framework (identifier and title only), with the identifier of the requirement it belongs to,
 * if any: a NIST CSF 2.0 subcategory ({@code GV.OC-01}) belongs to its category ({@code GV.OC}), which belongs to its
 * function ({@code GV}); a CIS safeguard ({@code 7.1}) belongs to its control ({@code 7}). Use
 * {@link Framework#children(String)} to walk down.
 *
 * @param framework framework id, e.g. {@code ISO27001:2022}
 * @param id        requirement id, e.g. {@code 5.15}
 * @param title     its title (for CSF subcategories the official one-line outcome statement)
 * @param parent    id of the enclosing requirement in the same framework; empty for a top-level requirement
 * @since 0.1
 */
public record Requirement(String framework, String id, String title, Optional<String> parent) {

    /**
     * Checks the components.
     *
     * @param framework framework id; not blank
     * @param id        requirement id; not blank
     * @param title     its title; not blank
     * @param parent    id of the enclosing requirement; not blank when present, not {@code id}
     * @throws ItmValidationException naming {@code framework}, {@code id}, {@code title} or {@code parent} for the
     *                                first bad component
     */
    public Requirement {
        Checks.notBlank(framework, "framework");
        Checks.notBlank(id, "id");
        Checks.notBlank(title, "title");
        Checks.notNull(parent, "parent");
        parent.ifPresent(p -> {
            Checks.notBlank(p, "parent");
            if (p.equals(id)) {
                throw new ItmValidationException("parent", "must differ from the requirement's own id '"
                        + id + "'");
            }
        });
    }

    /**
     * A top-level requirement (no parent).
     *
     * @param framework framework id; not blank
     * @param id        requirement id; not blank
     * @param title     its title; not blank
     * @throws ItmValidationException as the canonical constructor
     */
    public Requirement(String framework, String id, String title) {
        this(framework, id, title, Optional.empty());
    }

    /**
     * A requirement inside {@code parent}.
     *
     * @param framework framework id; not blank
     * @param id        requirement id; not blank
     * @param title     its title; not blank
     * @param parent    id of the enclosing requirement; not blank, not {@code id}
     * @throws ItmValidationException as the canonical constructor
     */
    public Requirement(String framework, String id, String title, String parent) {
        this(framework, id, title, Optional.of(Checks.notBlank(parent, "parent")));
    }

    /**
     * Whether this requirement has no parent.
     *
     * @return {@code true} for a top-level requirement
     */
    public boolean isTopLevel() {
        return parent.isEmpty();
    }
}
