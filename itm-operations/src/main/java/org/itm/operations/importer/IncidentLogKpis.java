package org.itm.operations.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itm.core.validation.Checks;

/**
 * Incident KPIs of an imported event log, overall and per priority: a pure function of the timelines, so the
 * same input always gives the same figures. Compute them with {@link #compute(Collection)}.
 *
 * <p>Definitions (each incident counts once, with its values as of its <em>latest update</em>, i.e. the last of
 * {@link IncidentTimeline#updates()}):
 * <ul>
 *   <li><b>Priority</b>: the priority of the latest update; incidents are grouped by it as exported
 *       ({@code 1 - Critical} … {@code 4 - Low}), groups sorted by that text.</li>
 *   <li><b>MTTR</b> (mean time to resolve): over incidents with a {@link IncidentTimeline#timeToResolve()}, i.e.
 *       with {@code resolved_at} present and not before {@code opened_at}, the wall-clock time
 *       {@code resolved_at − opened_at} (no business calendar, pauses included). The <b>mean</b> is the sum
 *       divided by the count, in whole seconds rounded half-up; the <b>median</b> is the middle value, or the
 *       mean of the two middle values (whole seconds, rounded half-up) for an even count. Empty when no
 *       incident of the group is resolved.</li>
 *   <li><b>Reassignment rate</b>: incidents whose {@code reassignment_count} is 1 or more, out of all
 *       incidents; <b>mean reassignments</b>: the mean {@code reassignment_count}, rounded half-up to 4
 *       decimals.</li>
 *   <li><b>Reopen rate</b>: incidents whose {@code reopen_count} is 1 or more, out of all incidents.</li>
 *   <li><b>SLA attainment</b>: incidents whose {@code made_sla} is true, out of all incidents. ServiceNow's flag
 *       turns false once the SLA is breached, so the latest update says whether the incident met it.</li>
 * </ul>
 *
 * @param overall    the figures over all incidents (group {@link #ALL})
 * @param byPriority priority → figures, sorted by priority text; unmodifiable
 * @since 0.1
 */
public record IncidentLogKpis(IncidentGroupKpis overall, Map<String, IncidentGroupKpis> byPriority) {

    /** The group name of the overall figures. */
    public static final String ALL = "all";

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param overall    the figures over all incidents (group {@link #ALL})
     * @param byPriority priority → figures, sorted by priority text; unmodifiable
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public IncidentLogKpis {
        Checks.notNull(overall, "overall");
        byPriority = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(byPriority, "byPriority")));
    }

    /**
     * The KPIs of these incidents; an empty collection gives zero counts and empty durations.
     *
     * @param incidents the imported incidents
     * @return overall figures and figures per priority (as of each incident's latest update)
     * @throws org.itm.core.ItmValidationException if {@code incidents} is null
     */
    public static IncidentLogKpis compute(Collection<IncidentTimeline> incidents) {
        Checks.notNull(incidents, "incidents");
        Map<String, List<IncidentTimeline>> groups = new TreeMap<>();
        for (IncidentTimeline i : incidents) {
            Checks.notNull(i, "incidents[]");
            groups.computeIfAbsent(i.priority(), k -> new ArrayList<>()).add(i);
        }
        Map<String, IncidentGroupKpis> byPriority = new TreeMap<>();
        groups.forEach((p, list) -> byPriority.put(p, figures(p, list)));
        return new IncidentLogKpis(figures(ALL, incidents), byPriority);
    }

    /**
     * The figures of one priority, if any incident has it.
     *
     * @param priority a priority as exported, e.g. {@code 3 - Moderate}
     * @return the figures, or empty when no incident has that priority
     */
    public Optional<IncidentGroupKpis> priority(String priority) {
        return Optional.ofNullable(byPriority.get(priority));
    }

    private static IncidentGroupKpis figures(String group, Collection<IncidentTimeline> incidents) {
        long n = incidents.size();
        long[] seconds = new long[incidents.size()];
        int resolved = 0;
        long reassigned = 0;
        long reassignments = 0;
        long reopened = 0;
        long slaMade = 0;
        for (IncidentTimeline i : incidents) {
            IncidentUpdate last = i.lastUpdate();
            Optional<Duration> ttr = i.timeToResolve();
            if (ttr.isPresent()) {
                seconds[resolved++] = ttr.get().toSeconds();
            }
            if (last.reassignmentCount() > 0) {
                reassigned++;
            }
            reassignments += last.reassignmentCount();
            if (last.reopenCount() > 0) {
                reopened++;
            }
            if (last.madeSla()) {
                slaMade++;
            }
        }
        long[] ttrs = Arrays.copyOf(seconds, resolved);
        Arrays.sort(ttrs);
        Optional<Duration> mean = Optional.empty();
        Optional<Duration> median = Optional.empty();
        if (resolved > 0) {
            long sum = 0;
            for (long s : ttrs) {
                sum = Math.addExact(sum, s);
            }
            mean = Optional.of(Duration.ofSeconds(halfUp(sum, resolved)));
            median = Optional.of(Duration.ofSeconds(resolved % 2 == 1 ? ttrs[resolved / 2]
                    : halfUp(ttrs[resolved / 2 - 1] + ttrs[resolved / 2], 2)));
        }
        BigDecimal meanReassignments = n == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(reassignments).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
        return new IncidentGroupKpis(group, n, resolved, mean, median, new CountShare(reassigned, n), meanReassignments,
                reassignments, new CountShare(reopened, n), new CountShare(slaMade, n));
    }

    /** {@code a / b} rounded half-up, for non-negative {@code a} and positive {@code b}. */
    private static long halfUp(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
