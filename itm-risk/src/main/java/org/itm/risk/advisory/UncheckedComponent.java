package org.itm.risk.advisory;

import org.itm.core.validation.Checks;
import org.itm.risk.inventory.SoftwareComponent;

/**
 * A component (or one advisory of it) that matching could not decide, and why: no purl or CPE, no version, a
 * version the ecosystem's ordering rejects, or an ecosystem without a {@link VersionScheme}.
 *
 * @param component the component
 * @param reason    why it could not be checked
 * @since 0.1
 */
public record UncheckedComponent(SoftwareComponent component, String reason) {

    /**
     * Checks the components.
     *
     * @param component the component
     * @param reason    why it could not be checked
     * @throws org.itm.core.ItmValidationException naming {@code component} when null; {@code reason} when blank
     */
    public UncheckedComponent {
        Checks.notNull(component, "component");
        Checks.notBlank(reason, "reason");
    }
}
