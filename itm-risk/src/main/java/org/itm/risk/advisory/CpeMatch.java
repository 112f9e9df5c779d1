package org.itm.risk.advisory;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.inventory.CpeName;

/**
 * One NVD configuration {@code cpeMatch}: a CPE pattern and optional version bounds.
 *
 * @param criteria              the CPE 2.3 pattern
 * @param vulnerable            whether matching products are vulnerable (false for platform-only matches)
 * @param versionStartIncluding lower bound, inclusive
 * @param versionStartExcluding lower bound, exclusive
 * @param versionEndIncluding   upper bound, inclusive
 * @param versionEndExcluding   upper bound, exclusive
 * @since 0.1
 */
public record CpeMatch(CpeName criteria, boolean vulnerable, Optional<String> versionStartIncluding,
                       Optional<String> versionStartExcluding, Optional<String> versionEndIncluding,
                       Optional<String> versionEndExcluding) {

    /**
     * Checks the components.
     *
     * @param criteria              the CPE 2.3 pattern
     * @param vulnerable            whether matching products are vulnerable (false for platform-only matches)
     * @param versionStartIncluding lower bound, inclusive
     * @param versionStartExcluding lower bound, exclusive
     * @param versionEndIncluding   upper bound, inclusive
     * @param versionEndExcluding   upper bound, exclusive
     * @throws org.itm.core.ItmValidationException naming {@code criteria} or {@code version bounds} when null,
     *                                             {@code versionStartExcluding} when given with
     *                                             {@code versionStartIncluding}, or {@code versionEndExcluding} when
     *                                             given with {@code versionEndIncluding}
     */
    public CpeMatch {
        Violations v = new Violations();
        v.require(criteria != null, "criteria", "must not be null");
        v.require(versionStartIncluding != null && versionStartExcluding != null && versionEndIncluding != null
                && versionEndExcluding != null, "version bounds", "must not be null (use Optional.empty())");
        v.throwIfAny();
        Checks.require(versionStartIncluding.isEmpty() || versionStartExcluding.isEmpty(), "versionStartExcluding",
                "cannot be given together with versionStartIncluding");
        Checks.require(versionEndIncluding.isEmpty() || versionEndExcluding.isEmpty(), "versionEndExcluding",
                "cannot be given together with versionEndIncluding");
    }

    /**
     * Whether the pattern bounds versions by range rather than by its own version attribute.
     *
     * @return true if any bound is given
     */
    public boolean hasRange() {
        return versionStartIncluding.isPresent() || versionStartExcluding.isPresent()
                || versionEndIncluding.isPresent() || versionEndExcluding.isPresent();
    }
}
