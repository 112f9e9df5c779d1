package org.itm.metrics.scorecard;

import java.util.Locale;
import java.util.Map;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;

/**
 * Renders an evaluated scorecard as CSV (one row per KPI, RFC 4180 quoting) or JSON.
 *
 * @since 0.1
 */
public final class ScorecardRenderer {

    private static final String HEADER =
            "scorecard,scope,window_start,kpi,name,unit,weight,value,target,status,points,contribution,explanation";

    private ScorecardRenderer() {
    }

    /**
     * Renders the scorecard for a spreadsheet or a report archive. Numbers have four decimals and a dot.
     *
     * @param result an evaluated scorecard
     * @return CSV with CRLF line ends: a header row, one row per line and a final {@code TOTAL} row carrying the
     *         score and status
     * @throws org.itm.core.ItmValidationException if {@code result} is null
     */
    public static String csv(ScorecardResult result) {
        Checks.notNull(result, "result");
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        String scope = result.scope().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ";" + b).orElse("");
        for (ScoreLine l : result.lines()) {
            row(out, result.scorecardId(), scope, result.windowStart().toString(), l.kpiId(), l.name(), l.unit(),
                    num(l.weight()), l.value().map(ScorecardRenderer::num).orElse(""),
                    l.target().map(ScorecardRenderer::num).orElse(""), l.status().name(), num(l.points()),
                    num(l.contribution()), l.explanation());
        }
        row(out, result.scorecardId(), scope, result.windowStart().toString(), "TOTAL", result.name(), "points",
                "", num(result.score()), "", result.status().name(), num(result.score()), num(result.score()), "");
        return out.toString();
    }

    /**
     * Renders the scorecard for a dashboard or an API.
     *
     * @param result an evaluated scorecard
     * @return the result as JSON, every field and the drill-down included
     * @throws org.itm.core.ItmValidationException if {@code result} is null
     */
    public static String json(ScorecardResult result) {
        return ItmJson.toJson(Checks.notNull(result, "result"));
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells[i]));
        }
        out.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
