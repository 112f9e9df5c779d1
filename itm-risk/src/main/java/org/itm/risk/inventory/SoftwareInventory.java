package org.itm.risk.inventory;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The software a service or configuration item runs, e.g. as read from its SBOM.
 *
 * @param ciId        the service or configuration item this inventory belongs to (the asset of the findings)
 * @param subject     the component the SBOM describes (its {@code metadata.component}), if given
 * @param specVersion the CycloneDX specification version of the source document, e.g. {@code 1.4}
 * @param components  the components, in document order (nested components after their parent)
 * @since 0.1
 */
public record SoftwareInventory(String ciId, Optional<SoftwareComponent> subject, String specVersion,
                                List<SoftwareComponent> components) {

    /**
     * Checks the components and copies the component list.
     *
     * @param ciId        the service or configuration item this inventory belongs to (the asset of the findings)
     * @param subject     the component the SBOM describes (its {@code metadata.component}), if given
     * @param specVersion the CycloneDX specification version of the source document, e.g. {@code 1.4}
     * @param components  the components, in document order (nested components after their parent)
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code ciId} when not an id,
     *                                             {@code specVersion} when blank, {@code subject} or
     *                                             {@code components} when null
     */
    public SoftwareInventory {
        Violations v = new Violations();
        v.check("ciId", () -> Checks.id(ciId, "ciId"));
        v.require(subject != null, "subject", "must not be null (use Optional.empty())");
        v.check("specVersion", () -> Checks.notBlank(specVersion, "specVersion"));
        v.require(components != null, "components", "must not be null");
        v.throwIfAny();
        components = List.copyOf(components);
    }
}
