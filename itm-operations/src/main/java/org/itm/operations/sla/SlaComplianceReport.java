package org.itm.operations.sla;

import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * SLA compliance: percentage met overall and per service, priority, team and calendar month ({@code 2026-03}),
 * with every breach and its cause. Only finished SLAs count (achieved, or breached whether finished or not);
 * cancelled, running and paused ones within target are left out.
 *
 * @param overall    all SLAs
 * @param byService  per value of the {@code service} attribute ({@code (none)} when absent)
 * @param byPriority per priority
 * @param byTeam     per value of the {@code team} attribute ({@code (none)} when absent)
 * @param byMonth    per month of the stop (or breach) instant in the report's zone
 * @param breaches   every breach, in the order added
 * @since 0.1
 */
public record SlaComplianceReport(ComplianceFigure overall, Map<String, ComplianceFigure> byService,
                               Map<String, ComplianceFigure> byPriority, Map<String, ComplianceFigure> byTeam,
                               Map<String, ComplianceFigure> byMonth, List<SlaBreach> breaches) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param overall    all SLAs
     * @param byService  per value of the {@code service} attribute ({@code (none)} when absent)
     * @param byPriority per priority
     * @param byTeam     per value of the {@code team} attribute ({@code (none)} when absent)
     * @param byMonth    per month of the stop (or breach) instant in the report's zone
     * @param breaches   every breach, in the order added
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public SlaComplianceReport {
        Checks.notNull(overall, "overall");
        byService = Map.copyOf(byService);
        byPriority = Map.copyOf(byPriority);
        byTeam = Map.copyOf(byTeam);
        byMonth = Map.copyOf(byMonth);
        breaches = List.copyOf(breaches);
    }
}
