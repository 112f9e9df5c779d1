package org.itm.metrics.input;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One incident as the operations KPIs see it.
 *
 * @param id                     incident id
 * @param service                affected service
 * @param team                   resolving team (assignment group)
 * @param priority               priority label, e.g. {@code P1}
 * @param category               category
 * @param ci                     affected configuration item
 * @param opened                 when it was logged
 * @param acknowledged           when someone first took it on
 * @param resolved               when service was restored (latest resolution if reopened)
 * @param reassignments          number of times the assignment group changed
 * @param reopens                number of times it was reopened
 * @param slaMet                 whether the resolution SLA was met (meaningful once resolved)
 * @param firstContactResolution resolved by the first line at first contact
 * @param major                  handled as a major incident
 * @since 0.1
 */
public record IncidentRecord(String id, String service, String team, String priority, String category, String ci,
                             Instant opened, Optional<Instant> acknowledged, Optional<Instant> resolved,
                             int reassignments, int reopens, boolean slaMet, boolean firstContactResolution,
                             boolean major) {

    /**
     * An incident as the incident KPIs read it; every field is checked and all violations are reported together.
     *
     * @param id incident id
     * @param service affected service
     * @param team resolving team (assignment group)
     * @param priority priority label, e.g. {@code P1}
     * @param category category
     * @param ci affected configuration item
     * @param opened when it was logged
     * @param acknowledged when someone first took it on
     * @param resolved when service was restored (latest resolution if reopened)
     * @param reassignments number of times the assignment group changed
     * @param reopens number of times it was reopened
     * @param slaMet whether the resolution SLA was met (meaningful once resolved)
     * @param firstContactResolution resolved by the first line at first contact
     * @param major handled as a major incident
     * @throws org.itm.core.ItmValidationException listing every blank, missing or negative field, or if
     *        {@code acknowledged} or {@code resolved} is before {@code opened}
     */
    public IncidentRecord {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(service != null && !service.isBlank(), "service", "must not be blank");
        v.require(team != null && !team.isBlank(), "team", "must not be blank");
        v.require(priority != null && !priority.isBlank(), "priority", "must not be blank");
        v.require(category != null, "category", "must not be null");
        v.require(ci != null, "ci", "must not be null");
        v.require(opened != null, "opened", "must not be null");
        v.require(acknowledged != null, "acknowledged", "must not be null (use Optional.empty())");
        v.require(resolved != null, "resolved", "must not be null (use Optional.empty())");
        v.require(reassignments >= 0, "reassignments", "must not be negative, was " + reassignments);
        v.require(reopens >= 0, "reopens", "must not be negative, was " + reopens);
        v.throwIfAny();
        acknowledged.ifPresent(a -> Checks.require(!a.isBefore(opened), "acknowledged", "must not be before opened"));
        resolved.ifPresent(r -> Checks.require(!r.isBefore(opened), "resolved", "must not be before opened"));
    }

    /**
     * The mean-time-to-acknowledge input of this incident.
     *
     * @return time from opened to acknowledged, or empty if nobody acknowledged it
     */
    public Optional<Duration> timeToAcknowledge() {
        return acknowledged.map(a -> Duration.between(opened, a));
    }

    /**
     * The MTTR input of this incident.
     *
     * @return time from opened to resolved, or empty while unresolved
     */
    public Optional<Duration> timeToResolve() {
        return resolved.map(r -> Duration.between(opened, r));
    }

    /**
     * Whether the incident was in the backlog at an instant, for backlog and ageing KPIs.
     *
     * @param asOf the instant
     * @return true when opened at or before {@code asOf} and resolved after it or not at all
     */
    public boolean openAt(Instant asOf) {
        return !opened.isAfter(asOf) && resolved.map(r -> r.isAfter(asOf)).orElse(true);
    }
}
