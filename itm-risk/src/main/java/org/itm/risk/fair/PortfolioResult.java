package org.itm.risk.fair;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * A portfolio simulation: each scenario's distribution and the total, whose every simulated year is the sum of
 * the scenarios' losses in that year (so the total's percentiles are not the sum of the parts').
 *
 * @param byScenario scenario name → its annual loss distribution, in input order
 * @param total      the portfolio's annual loss distribution
 * @since 0.1
 */
public record PortfolioResult(Map<String, LossDistribution> byScenario, LossDistribution total) {

    /**
     * Checks the components.
     *
     * @param byScenario scenario name → its annual loss distribution, in input order
     * @param total      the portfolio's annual loss distribution
     */
    public PortfolioResult {
        Checks.notEmpty(byScenario, "byScenario");
        Checks.notNull(total, "total");
        byScenario = Collections.unmodifiableMap(new LinkedHashMap<>(byScenario));
    }
}
