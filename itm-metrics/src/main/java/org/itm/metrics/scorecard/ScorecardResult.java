package org.itm.metrics.scorecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.RagStatus;

/**
 * A scorecard evaluated for one window: the weighted score, its RAG status, and one line per KPI.
 *
 * @param scorecardId the scorecard
 * @param name        its name
 * @param scope       dimension values the scorecard covers, e.g. {@code service=mail}
 * @param windowStart first date of the window evaluated
 * @param score       weighted mean of the points of the lines that count, 0–100
 * @param status      GREEN at or above the scorecard's green score, AMBER at or above its amber score, else RED;
 *                    NONE when no line counts
 * @param lines       the drill-down, in scorecard order
 * @since 0.1
 */
public record ScorecardResult(String scorecardId, String name, Map<String, String> scope, LocalDate windowStart,
                              double score, RagStatus status, List<ScoreLine> lines) {

    /**
     * A result as {@link Scorecard#evaluate} makes it; scope and lines are copied.
     *
     * @param scorecardId the scorecard, not blank
     * @param name        its name
     * @param scope       dimension values the scorecard covers
     * @param windowStart first date of the window evaluated
     * @param score       the score
     * @param status      its RAG status
     * @param lines       the drill-down
     * @throws org.itm.core.ItmValidationException if {@code scorecardId} is blank or an argument is null
     */
    public ScorecardResult {
        Checks.notBlank(scorecardId, "scorecardId");
        Checks.notNull(name, "name");
        scope = Map.copyOf(Checks.notNull(scope, "scope"));
        Checks.notNull(windowStart, "windowStart");
        Checks.notNull(status, "status");
        lines = List.copyOf(Checks.notNull(lines, "lines"));
    }
}
