package org.itm.risk.controls;

import java.math.BigDecimal;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * Requirements of a framework without an effective control.
 *
 * @param framework       the framework
 * @param covered         requirements with at least one effective control
 * @param gaps            requirements with none
 * @param coveragePercent covered / all, two decimals half-up
 */
public record GapReport(Framework framework, List<Requirement> covered, List<Requirement> gaps,
                        BigDecimal coveragePercent) {

    public GapReport {
        Checks.notNull(framework, "framework");
        covered = List.copyOf(covered);
        gaps = List.copyOf(gaps);
        Checks.notNull(coveragePercent, "coveragePercent");
    }
}
