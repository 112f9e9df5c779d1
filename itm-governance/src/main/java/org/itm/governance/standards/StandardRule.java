package org.itm.governance.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * The test a {@link Standard} applies to one application; returns one finding per breach (empty when it conforms).
 * Implementations must be pure: same inputs, same findings.
 */
@FunctionalInterface
public interface StandardRule {

    List<String> check(Application application, TechnologyCatalogue catalogue, LocalDate today);
}
