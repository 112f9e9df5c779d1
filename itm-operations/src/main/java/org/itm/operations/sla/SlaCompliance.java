package org.itm.operations.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itm.core.validation.Checks;

/**
 * Accumulates SLA results into a {@link SlaComplianceReport}. Add results one by one (memory grows with the number
 * of groups and breaches, not with the number of results), then call {@link #report()}. Not thread-safe.
 *
 * <pre>{@code
 * SlaCompliance c = SlaCompliance.inZone(ZoneId.of("Europe/Berlin"));
 * for (SlaTimeline t : timelines) engine.evaluateAll(defs, t, now).forEach(r -> c.add(r, t.attributes()));
 * SlaComplianceReport report = c.report();
 * }</pre>
 *
 * @since 0.1
 */
public final class SlaCompliance {

    /** The ticket attribute whose value groups results by service. */
    public static final String SERVICE = "service";
    /** The ticket attribute whose value groups results by team. */
    public static final String TEAM = "team";
    private static final String NONE = "(none)";

    private final ZoneId zone;
    // counters {total, met, breached}, changed in place: adding a result allocates nothing but a new group's array
    private final long[] overall = new long[3];
    private final Map<String, long[]> byService = new TreeMap<>();
    private final Map<String, long[]> byPriority = new TreeMap<>();
    private final Map<String, long[]> byTeam = new TreeMap<>();
    private final Map<String, long[]> byMonth = new TreeMap<>();
    private final List<SlaBreach> breaches = new ArrayList<>();
    // the month of the last result counted, as the instants it spans in the zone: consecutive results of a batch
    // mostly fall in one month, which then needs no zone conversion
    private Instant monthStart = Instant.MAX;
    private Instant monthEnd = Instant.MIN;
    private String monthKey = "";

    private SlaCompliance(ZoneId zone) {
        this.zone = Checks.notNull(zone, "zone");
    }

    /**
     * An empty accumulator. It is not thread-safe: give each thread its own and {@link #merge} them.
     *
     * @param zone the zone whose calendar months the results are assigned to
     * @return a new accumulator
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static SlaCompliance inZone(ZoneId zone) {
        return new SlaCompliance(zone);
    }

    /**
     * Counts {@code result} (when finished) under the service and team of {@code attributes}.
     *
     * @param result     an SLA result; only ACHIEVED and BREACHED ones count
     * @param attributes the ticket's attributes, read for {@link #SERVICE} and {@link #TEAM}
     * @return true when the result was counted
     */
    public boolean add(SlaResult result, Map<String, String> attributes) {
        Checks.notNull(result, "result");
        Checks.notNull(attributes, "attributes");
        boolean met = result.status() == SlaStatus.ACHIEVED;
        if (!met && result.status() != SlaStatus.BREACHED) {
            return false;
        }
        Instant when = result.status() == SlaStatus.BREACHED && result.stoppedAt().isEmpty()
                ? result.breachedAt().orElse(result.evaluatedAt())
                : result.stoppedAt().orElse(result.evaluatedAt());
        count(overall, met);
        count(counters(byService, attributes.getOrDefault(SERVICE, NONE)), met);
        count(counters(byTeam, attributes.getOrDefault(TEAM, NONE)), met);
        count(counters(byPriority, result.priority()), met);
        count(counters(byMonth, monthOf(when)), met);
        if (!met) {
            ClockShare longest = result.shares().stream().filter(s -> s.mode() == ClockMode.RUNNING)
                    .max((a, b) -> a.businessTime().compareTo(b.businessTime()))
                    .orElse(new ClockShare(result.clockHeldBy(), "", ClockMode.RUNNING, Duration.ZERO));
            breaches.add(new SlaBreach(result.ticketId(), result.definitionId(), result.priority(),
                    result.breachedAt().orElse(result.evaluatedAt()), result.breachState().orElse(result.clockHeldBy()),
                    longest.label(), longest.businessTime(), result.elapsed().minus(result.target()).isNegative()
                    ? Duration.ZERO : result.elapsed().minus(result.target())));
        }
        return true;
    }

    /**
     * Adds everything {@code other} counted to this accumulator, its breaches after this one's, as if its results
     * had been added here after this one's: for combining accumulators of consecutive parts of a batch (see
     * {@link SlaEngine#foldBatch}). {@code other} is not changed.
     *
     * @param other an accumulator in the same zone
     * @return this accumulator
     * @throws org.itm.core.ItmValidationException if {@code other} is null, this accumulator, or in another zone
     */
    public SlaCompliance merge(SlaCompliance other) {
        Checks.notNull(other, "other");
        Checks.require(other != this, "other", "must not be this accumulator");
        Checks.require(other.zone.equals(zone), "other", "counts months in " + other.zone + ", this in " + zone);
        add(overall, other.overall);
        other.byService.forEach((k, v) -> add(counters(byService, k), v));
        other.byPriority.forEach((k, v) -> add(counters(byPriority, k), v));
        other.byTeam.forEach((k, v) -> add(counters(byTeam, k), v));
        other.byMonth.forEach((k, v) -> add(counters(byMonth, k), v));
        breaches.addAll(other.breaches);
        return this;
    }

    /**
     * The report of everything added so far; adding more later does not change it.
     *
     * @return an immutable report
     */
    public SlaComplianceReport report() {
        return new SlaComplianceReport(figure(overall), figures(byService), figures(byPriority), figures(byTeam),
                figures(byMonth), breaches);
    }

    /** The month of {@code when} in the zone, as {@code 2026-03}. */
    private String monthOf(Instant when) {
        if (when.isBefore(monthStart) || !when.isBefore(monthEnd)) {
            YearMonth month = YearMonth.from(when.atZone(zone));
            monthKey = month.toString();
            monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
            monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        }
        return monthKey;
    }

    private static long[] counters(Map<String, long[]> groups, String key) {
        long[] c = groups.get(key);
        if (c == null) {
            c = new long[3];
            groups.put(key, c);
        }
        return c;
    }

    private static void count(long[] counters, boolean met) {
        counters[0]++;
        counters[met ? 1 : 2]++;
    }

    private static void add(long[] counters, long[] more) {
        counters[0] += more[0];
        counters[1] += more[1];
        counters[2] += more[2];
    }

    private static ComplianceFigure figure(long[] counters) {
        return new ComplianceFigure(counters[0], counters[1], counters[2]);
    }

    private static Map<String, ComplianceFigure> figures(Map<String, long[]> groups) {
        Map<String, ComplianceFigure> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, figure(v)));
        return out;
    }
}
