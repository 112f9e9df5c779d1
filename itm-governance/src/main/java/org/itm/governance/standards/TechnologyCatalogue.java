package org.itm.governance.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The technologies an organisation knows, with ring and end-of-support; answers end-of-life exposure questions.
 *
 * @since 0.1
 */
public final class TechnologyCatalogue {

    private final Map<String, Technology> byId;

    private TechnologyCatalogue(Map<String, Technology> byId) {
        this.byId = byId;
    }

    /**
     * A catalogue of technologies.
     *
     * @param technologies the technologies, each id once; their order is kept
     * @return the catalogue
     * @throws org.itm.core.ItmValidationException naming {@code technologies} when null, {@code technologies[]} for
     *                                             a null element, or {@code technologies[ID]} for every id given
     *                                             twice
     */
    public static TechnologyCatalogue of(Collection<Technology> technologies) {
        Checks.notNull(technologies, "technologies");
        Violations v = new Violations();
        Map<String, Technology> byId = new LinkedHashMap<>();
        technologies.forEach(t -> v.require(byId.putIfAbsent(Checks.notNull(t, "technologies[]").id(), t) == null,
                "technologies[" + t.id() + "]", "appears more than once"));
        v.throwIfAny();
        return new TechnologyCatalogue(byId);
    }

    /**
     * A technology by id.
     *
     * @param id the technology's id
     * @return the technology, or empty when the catalogue does not know it
     */
    public Optional<Technology> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every technology, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Technology> technologies() {
        return List.copyOf(byId.values());
    }

    /**
     * One application running a technology whose support ends (or ended) by the horizon.
     *
     * @param applicationId the application
     * @param owner         its owner, who should plan the move
     * @param technologyId  the technology
     * @param endOfSupport  the technology's last day of support
     * @param daysLeft      days from today to {@code endOfSupport}; negative when support has ended, 0 on the day
     */
    public record Exposure(String applicationId, String owner, String technologyId, LocalDate endOfSupport, long daysLeft) {
        /**
         * Whether support has already ended.
         *
         * @return {@code true} when {@link #daysLeft()} is negative
         */
        public boolean alreadyUnsupported() {
            return daysLeft < 0;
        }
    }

    /**
     * Which applications run technology whose vendor support ends within {@code months} of today (or has already
     * ended), soonest first — e.g. {@code months = 12} for "past support within a year". Technologies the
     * catalogue does not know, or without an announced end of support, are not exposures.
     *
     * @param applications the applications
     * @param clock        gives today's date
     * @param zone         the zone the date is taken in
     * @param months       the horizon in months from today, 0 to 1200
     * @return one exposure per application and technology, by end of support then application id
     * @throws org.itm.core.ItmValidationException naming {@code applications}, {@code clock} or {@code zone} when
     *                                             null, or {@code months} when outside 0 to 1200
     */
    public List<Exposure> endOfLifeExposure(Collection<Application> applications, Clock clock, ZoneId zone, int months) {
        Checks.notNull(applications, "applications");
        Checks.notNull(clock, "clock");
        Checks.notNull(zone, "zone");
        Checks.between(months, 0, 1200, "months");
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate horizon = today.plusMonths(months);
        List<Exposure> out = new ArrayList<>();
        for (Application a : applications) {
            for (String t : a.technologies()) {
                find(t).flatMap(Technology::endOfSupport).filter(d -> !d.isAfter(horizon)).ifPresent(d ->
                        out.add(new Exposure(a.id(), a.owner(), t, d, ChronoUnit.DAYS.between(today, d))));
            }
        }
        out.sort(Comparator.comparing(Exposure::endOfSupport).thenComparing(Exposure::applicationId));
        return out;
    }
}
