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
    private ComplianceFigure overall = new ComplianceFigure(0, 0, 0);
    private final Map<String, ComplianceFigure> byService = new TreeMap<>();
    private final Map<String, ComplianceFigure> byPriority = new TreeMap<>();
    private final Map<String, ComplianceFigure> byTeam = new TreeMap<>();
    private final Map<String, ComplianceFigure> byMonth = new TreeMap<>();
    private final List<SlaBreach> breaches = new ArrayList<>();

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
        overall = overall.plus(met);
        byService.merge(attributes.getOrDefault(SERVICE, NONE), one(met), SlaCompliance::sum);
        byTeam.merge(attributes.getOrDefault(TEAM, NONE), one(met), SlaCompliance::sum);
        byPriority.merge(result.priority(), one(met), SlaCompliance::sum);
        byMonth.merge(YearMonth.from(when.atZone(zone)).toString(), one(met), SlaCompliance::sum);
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
        overall = sum(overall, other.overall);
        other.byService.forEach((k, v) -> byService.merge(k, v, SlaCompliance::sum));
        other.byPriority.forEach((k, v) -> byPriority.merge(k, v, SlaCompliance::sum));
        other.byTeam.forEach((k, v) -> byTeam.merge(k, v, SlaCompliance::sum));
        other.byMonth.forEach((k, v) -> byMonth.merge(k, v, SlaCompliance::sum));
        breaches.addAll(other.breaches);
        return this;
    }

    /**
     * The report of everything added so far; adding more later does not change it.
     *
     * @return an immutable report
     */
    public SlaComplianceReport report() {
        return new SlaComplianceReport(overall, byService, byPriority, byTeam, byMonth, breaches);
    }

    private static ComplianceFigure one(boolean met) {
        return new ComplianceFigure(1, met ? 1 : 0, met ? 0 : 1);
    }

    private static ComplianceFigure sum(ComplianceFigure a, ComplianceFigure b) {
        return new ComplianceFigure(a.total() + b.total(), a.met() + b.met(), a.breached() + b.breached());
    }
}
