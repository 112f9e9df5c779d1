package org.itm.flink.kpi;

import java.time.Instant;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiResults;

/**
 * The KPI values of one closed event-time window over every partition of the stream. Revision 0 is emitted when
 * the watermark passes the window's end; each late record accepted within the allowed lateness yields the
 * window's complete values again with the next revision, which supersedes the earlier ones (upsert by
 * {@code start}, KPI and group).
 *
 * @param start    the window's first instant (local midnight of its first day in the definitions' zone)
 * @param end      the instant after the window (exclusive)
 * @param revision 0 on time, then 1, 2 … for late updates
 * @param results  the values of every KPI and group in this window
 * @since 0.1
 */
public record KpiWindowUpdate(Instant start, Instant end, int revision, KpiResults results) {

    /**
     * A window's values, as the KPI job emits them.
     *
     * @param start    the window's first instant
     * @param end      the instant after the window, after {@code start}
     * @param revision 0 or more
     * @param results  the values of every KPI and group in this window
     * @throws org.itm.core.ItmValidationException if an argument is null, {@code end} is not after {@code start}
     *         or {@code revision} is negative
     */
    public KpiWindowUpdate {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.require(end.isAfter(start), "end", "must be after start (" + start + "), was " + end);
        Checks.notNegative(revision, "revision");
        Checks.notNull(results, "results");
    }
}
