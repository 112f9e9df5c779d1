package org.itm.risk.advisory;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A package an advisory affects, with the affected versions as ranges and as an explicit list.
 *
 * @param ecosystem OSV ecosystem, e.g. {@code Maven}, {@code npm}, {@code PyPI}
 * @param name      package name in the ecosystem's form ({@code groupId:artifactId} for Maven)
 * @param ranges    affected ranges
 * @param versions  versions listed as affected
 * @since 0.1
 */
public record AffectedPackage(String ecosystem, String name, List<VersionRange> ranges, List<String> versions) {

    /**
     * Checks the components and copies the collections.
     *
     * @param ecosystem OSV ecosystem, e.g. {@code Maven}, {@code npm}, {@code PyPI}
     * @param name      package name in the ecosystem's form ({@code groupId:artifactId} for Maven)
     * @param ranges    affected ranges
     * @param versions  versions listed as affected
     * @throws org.itm.core.ItmValidationException naming {@code ecosystem} or {@code name} when blank; {@code ranges}
     *                                             or {@code versions} when null
     */
    public AffectedPackage {
        Checks.notBlank(ecosystem, "ecosystem");
        Checks.notBlank(name, "name");
        ranges = List.copyOf(Checks.notNull(ranges, "ranges"));
        versions = List.copyOf(Checks.notNull(versions, "versions"));
    }
}
