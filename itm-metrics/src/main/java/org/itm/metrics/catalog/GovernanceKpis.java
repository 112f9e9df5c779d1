package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;


import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.metrics.input.InitiativeRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * Governance KPIs over {@link InitiativeRecord} status reports, windowed by report time.
 *
 * @since 0.1
 */
public final class GovernanceKpis {

    /**
     * Id of "Spend aligned to outcomes" (%, higher is better): Spend of initiatives linked to an agreed business
     * outcome over all spend. Target 90; GREEN at or better than 90, AMBER at or better than 75.
     */
    public static final String SPEND_ALIGNED = "governance.spend.aligned";
    /**
     * Id of "Benefit realisation" (%, higher is better): Benefit realised to date over benefit planned to date,
     * across initiatives with a planned benefit. Target 90; GREEN at or better than 90, AMBER at or better than 70.
     */
    public static final String BENEFIT_REALISATION = "governance.benefit.realisation";
    /**
     * Id of "Initiatives in red" (count, lower is better): Status reports in the window with RAG status red. Target
     * 0; GREEN at or better than 0, AMBER at or better than 2.
     */
    public static final String INITIATIVES_RED = "governance.initiatives.red";

    private GovernanceKpis() {
    }

    /**
     * Dimension {@code portfolio}; measures {@code spend, alignedSpend, plannedBenefit, realisedBenefit}; flag
     * {@code red}; time {@code reported}.
     *
     * @return the schema the catalog's definitions are compiled against
     */
    public static RecordSchema<InitiativeRecord> schema() {
        return RecordSchema.<InitiativeRecord>builder("initiative")
                .dimension("portfolio", InitiativeRecord::portfolio)
                .measure("spend", i -> i.spend().doubleValue())
                .measure("alignedSpend", i -> i.alignedToOutcome() ? i.spend().doubleValue() : 0)
                .measure("plannedBenefit", i -> i.plannedBenefit().signum() == 0 ? Double.NaN
                        : i.plannedBenefit().doubleValue())
                .measure("realisedBenefit", i -> i.plannedBenefit().signum() == 0 ? Double.NaN
                        : i.realisedBenefit().doubleValue())
                .flag("red", i -> i.status() == RagStatus.RED)
                .time("reported", i -> Optional.of(i.reported()))
                .build();
    }

    /**
     * The governance KPIs per portfolio and calendar quarter in {@code zone}.
     *
     * @param zone where months begin
     * @return the definitions; pass them with {@link #schema()} to {@code KpiEngine.create}
     */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("portfolio"), TimeWindow.quarter(zone));
    }

    /**
     * The same KPIs grouped and windowed as you choose, e.g. per team and week.
     *
     * @param dimensions dimensions of the schema to group by, e.g. {@code List.of("portfolio")}
     * @param window the time windows, e.g. a week or a rolling 28 days
     * @return the definitions
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(SPEND_ALIGNED, "Spend aligned to outcomes", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "reported", "Spend of initiatives linked to an agreed business outcome over all spend.")
                        .sumRatio("alignedSpend", "spend").percent().thresholds(90, 90, 75).build(),
                kpi(BENEFIT_REALISATION, "Benefit realisation", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "reported", "Benefit realised to date over benefit planned to date, across initiatives "
                                + "with a planned benefit.")
                        .sumRatio("realisedBenefit", "plannedBenefit").percent().thresholds(90, 90, 70).build(),
                kpi(INITIATIVES_RED, "Initiatives in red", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "reported", "Status reports in the window with RAG status red.")
                        .count().filter("red").thresholds(0, 0, 2).build());
    }

}
