package org.itm.metrics.scorecard;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.RagStatus;

/**
 * The drill-down of one scorecard KPI: its value and status, the points the status earns, and its share of the
 * score.
 *
 * @param kpiId        the KPI
 * @param name         the KPI's name
 * @param unit         the KPI's unit
 * @param weight       its weight on the scorecard
 * @param value        its value, if computed for the scorecard's scope and window
 * @param target       its target, if it has thresholds
 * @param status       its RAG status ({@link RagStatus#NONE} when missing or without thresholds)
 * @param points       0–100 points earned: GREEN 100, AMBER 50, RED 0; lines without a status earn nothing and
 *                     carry no weight
 * @param contribution points × weight / total weight of the lines that count: the line's share of the score
 * @param explanation  why the status (from the KPI result) or why the line does not count
 * @param result       the KPI result itself, for further drill-down
 * @since 0.1
 */
public record ScoreLine(String kpiId, String name, String unit, double weight, Optional<Double> value,
                        Optional<Double> target, RagStatus status, double points, double contribution,
                        String explanation, Optional<KpiResult> result) {

    /**
     * A line as {@link Scorecard#evaluate} makes it.
     *
     * @param kpiId        the KPI, not blank
     * @param name         the KPI's name
     * @param unit         the KPI's unit
     * @param weight       its weight
     * @param value        its value, or empty
     * @param target       its target, or empty
     * @param status       its RAG status
     * @param points       points earned
     * @param contribution the line's share of the score
     * @param explanation  why the status
     * @param result       the KPI result, or empty
     * @throws org.itm.core.ItmValidationException if {@code kpiId} is blank or an argument is null
     */
    public ScoreLine {
        Checks.notBlank(kpiId, "kpiId");
        Checks.notNull(name, "name");
        Checks.notNull(unit, "unit");
        Checks.notNull(value, "value");
        Checks.notNull(target, "target");
        Checks.notNull(status, "status");
        Checks.notNull(explanation, "explanation");
        Checks.notNull(result, "result");
    }

    /**
     * Whether the line weighs in the score; a KPI without a value or without thresholds does not.
     *
     * @return true when the line has a status other than {@link RagStatus#NONE}
     */
    public boolean counts() {
        return status != RagStatus.NONE;
    }
}
