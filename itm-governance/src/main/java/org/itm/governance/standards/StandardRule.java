package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * The test a {@link Standard} applies to one application; returns one finding per breach (empty when it conforms).
 * Implementations must be pure: same inputs, same findings.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface StandardRule {

    /**
     * Tests one application.
     *
     * @param application the application
     * @param catalogue   the technology catalogue, e.g. to look up a technology's ring or end of support
     * @param today       the date of the check, for rules about dates
     * @return one finding per breach, in words a reader can act on (e.g. {@code "postgresql-12 is in ring HOLD"});
     *         empty when the application conforms
     */
    List<String> check(Application application, TechnologyCatalogue catalogue, LocalDate today);
}
