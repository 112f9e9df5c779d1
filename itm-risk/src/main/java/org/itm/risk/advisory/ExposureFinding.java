package org.itm.risk.advisory;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.risk.inventory.SoftwareComponent;

/**
 * A component affected by an advisory, with why.
 *
 * @param component     the affected component
 * @param advisory      the advisory
 * @param reason        e.g. {@code Maven 2.9.10 >= introduced 2.9.0 and < fixed 2.9.10.1}
 * @param fixedVersions the fix to move to: the lowest fixed version above the component's version in the matching
 *                      range (for a version matched by the record's versions list: every fixed version it names);
 *                      empty if none is named
 * @since 0.1
 */
public record ExposureFinding(SoftwareComponent component, Advisory advisory, String reason,
                              List<String> fixedVersions) {

    /**
     * Checks the components and copies the collections.
     *
     * @param component     the affected component
     * @param advisory      the advisory
     * @param reason        e.g. {@code Maven 2.9.10 >= introduced 2.9.0 and < fixed 2.9.10.1}
     * @param fixedVersions the fix to move to: the lowest fixed version above the component's version in the matching
     *                      range (for a version matched by the record's versions list: every fixed version it names);
     *                      empty if none is named
     * @throws org.itm.core.ItmValidationException naming {@code component}, {@code advisory} or {@code fixedVersions}
     *                                             when null; {@code reason} when blank
     */
    public ExposureFinding {
        Checks.notNull(component, "component");
        Checks.notNull(advisory, "advisory");
        Checks.notBlank(reason, "reason");
        fixedVersions = List.copyOf(Checks.notNull(fixedVersions, "fixedVersions"));
    }
}
