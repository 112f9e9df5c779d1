package org.itm.capacity.scenario;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Scenarios side by side, each with every resource's exhaustion date and the cost of the capacity it needs.
 *
 * @param currency currency of every cost
 * @param outcomes one per scenario, in the order given (copied)
 * @since 0.1
 */
public record ScenarioComparison(Currency currency, List<ScenarioOutcome> outcomes) {

    /**
     * Copies the outcomes.
     *
     * @param currency currency of every cost
     * @param outcomes one per scenario; copied
     */
    public ScenarioComparison {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * A plain-text table for logs and consoles: a header, then one line per scenario and resource with capacity,
     * peak usage (one decimal), exhaustion date in UTC ({@code -} when not within the horizon) and cost.
     *
     * @return the table, lines ending in the platform's line separator
     */
    public String toTable() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %-16s %12s %12s %-12s %14s%n",
                "scenario", "resource", "capacity", "peak", "exhausted", "cost " + currency.getCurrencyCode()));
        for (ScenarioOutcome o : outcomes) {
            for (ResourceOutcome r : o.resources()) {
                sb.append(String.format(Locale.ROOT, "%-20s %-16s %12.1f %12.1f %-12s %14s%n", o.scenario(),
                        r.resourceId(), r.capacity(), r.peakUsage(),
                        r.exhaustion().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC).toString())
                                .orElse("-"), r.cost().toPlainString()));
            }
        }
        return sb.toString();
    }
}
