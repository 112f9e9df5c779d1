package org.itm.risk.controls;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * One {@code imports[]} entry of an OSCAL profile: which catalogue ({@link #href()}) and which of its controls.
 *
 * @param href        the catalogue reference as written, e.g. {@code #84cbf061-...} (a back-matter resource)
 * @param includeAll  whether every control is included ({@code include-all})
 * @param include     the {@code include-controls} entries; ignored when {@code includeAll}
 * @param exclude     the {@code exclude-controls} entries, applied after the includes
 * @param sourceLinks for an {@code #uuid} href, the links of that back-matter resource (where the catalogue is
 *                    published), in document order; empty otherwise
 * @since 0.1
 */
public record ProfileImport(String href, boolean includeAll, List<ControlSelection> include,
                            List<ControlSelection> exclude, List<String> sourceLinks) {

    /**
     * Checks the components and copies the collections.
     *
     * @param href        the catalogue reference as written, e.g. {@code #84cbf061-...} (a back-matter resource)
     * @param includeAll  whether every control is included ({@code include-all})
     * @param include     the {@code include-controls} entries; ignored when {@code includeAll}
     * @param exclude     the {@code exclude-controls} entries, applied after the includes
     * @param sourceLinks for an {@code #uuid} href, the links of that back-matter resource (where the catalogue is
     *                    published), in document order; empty otherwise
     * @throws org.itm.core.ItmValidationException naming {@code href} when blank; {@code include}, {@code exclude} or
     *                                             {@code sourceLinks} when null
     */
    public ProfileImport {
        Checks.notBlank(href, "href");
        include = List.copyOf(Checks.notNull(include, "include"));
        exclude = List.copyOf(Checks.notNull(exclude, "exclude"));
        sourceLinks = List.copyOf(Checks.notNull(sourceLinks, "sourceLinks"));
    }
}
