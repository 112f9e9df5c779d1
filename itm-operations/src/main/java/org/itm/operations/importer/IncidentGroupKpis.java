package org.itm.operations.importer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * The incident KPIs of one group of incidents (one priority, or all); definitions in {@link IncidentLogKpis}.
 *
 * @param group                  the priority as exported (e.g. {@code 3 - Moderate}) or {@link IncidentLogKpis#ALL}
 * @param incidents              incidents in the group
 * @param resolved               incidents with a time to resolve (the MTTR population)
 * @param mttrMean               mean time to resolve, whole seconds rounded half-up; empty when none is resolved
 * @param mttrMedian             median time to resolve; empty when none is resolved
 * @param reassigned             incidents reassigned at least once, of all incidents
 * @param meanReassignments      mean reassignment count, rounded half-up to 4 decimals
 * @param totalReassignments     sum of the reassignment counts
 * @param reopened               incidents reopened at least once, of all incidents
 * @param slaMade                incidents whose {@code made_sla} was true at their latest update, of all incidents
 * @since 0.1
 */
public record IncidentGroupKpis(String group, long incidents, long resolved, Optional<Duration> mttrMean,
                           Optional<Duration> mttrMedian, CountShare reassigned, BigDecimal meanReassignments,
                           long totalReassignments, CountShare reopened, CountShare slaMade) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param group              the priority as exported (e.g. {@code 3 - Moderate}) or {@link IncidentLogKpis#ALL}
     * @param incidents          incidents in the group
     * @param resolved           incidents with a time to resolve (the MTTR population)
     * @param mttrMean           mean time to resolve, whole seconds rounded half-up; empty when none is resolved
     * @param mttrMedian         median time to resolve; empty when none is resolved
     * @param reassigned         incidents reassigned at least once, of all incidents
     * @param meanReassignments  mean reassignment count, rounded half-up to 4 decimals
     * @param totalReassignments sum of the reassignment counts
     * @param reopened           incidents reopened at least once, of all incidents
     * @param slaMade            incidents whose {@code made_sla} was true at their latest update, of all incidents
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public IncidentGroupKpis {
        Violations v = new Violations();
        v.require(group != null && !group.isBlank(), "group", "must not be blank");
        v.require(incidents >= 0, "incidents", "must not be negative");
        v.require(resolved >= 0 && resolved <= incidents, "resolved", "must be between 0 and incidents");
        v.require(mttrMean != null, "mttrMean", "must not be null (use Optional.empty())");
        v.require(mttrMedian != null, "mttrMedian", "must not be null (use Optional.empty())");
        v.require(reassigned != null, "reassigned", "must not be null");
        v.require(meanReassignments != null, "meanReassignments", "must not be null");
        v.require(totalReassignments >= 0, "totalReassignments", "must not be negative");
        v.require(reopened != null, "reopened", "must not be null");
        v.require(slaMade != null, "slaMade", "must not be null");
        v.throwIfAny();
    }
}
