package org.itm.risk.inventory;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One component of a software inventory.
 *
 * @param ref     the SBOM's reference of the component ({@code bom-ref}), or its purl or name when it has none
 * @param group   group or namespace as the SBOM writes it, if any
 * @param name    component name
 * @param version version as written, if any (the purl's version wins when both are given)
 * @param purl    package URL, if the SBOM gives one; what advisories are matched by
 * @param cpe     CPE 2.3 name, if the SBOM gives one; what NVD configurations are matched by
 * @since 0.1
 */
public record SoftwareComponent(String ref, Optional<String> group, String name, Optional<String> version,
                                Optional<Purl> purl, Optional<CpeName> cpe) {

    /**
     * Checks the components.
     *
     * @param ref     the SBOM's reference of the component ({@code bom-ref}), or its purl or name when it has none
     * @param group   group or namespace as the SBOM writes it, if any
     * @param name    component name
     * @param version version as written, if any (the purl's version wins when both are given)
     * @param purl    package URL, if the SBOM gives one; what advisories are matched by
     * @param cpe     CPE 2.3 name, if the SBOM gives one; what NVD configurations are matched by
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code ref} or {@code name} when
     *                                             blank, an optional component when null
     */
    public SoftwareComponent {
        Violations v = new Violations();
        v.check("ref", () -> Checks.notBlank(ref, "ref"));
        v.require(group != null, "group", "must not be null (use Optional.empty())");
        v.check("name", () -> Checks.notBlank(name, "name"));
        v.require(version != null, "version", "must not be null (use Optional.empty())");
        v.require(purl != null, "purl", "must not be null (use Optional.empty())");
        v.require(cpe != null, "cpe", "must not be null (use Optional.empty())");
        v.throwIfAny();
    }

    /**
     * The version to match advisories with: the purl's, else the component's.
     *
     * @return the version, if known
     */
    public Optional<String> effectiveVersion() {
        return purl.flatMap(Purl::version).or(() -> version);
    }

    /**
     * A short label for reports.
     *
     * @return e.g. {@code com.fasterxml.jackson.core:jackson-databind@2.9.10}
     */
    public String label() {
        return group.map(g -> g + ":").orElse("") + name + effectiveVersion().map(x -> "@" + x).orElse("");
    }
}
