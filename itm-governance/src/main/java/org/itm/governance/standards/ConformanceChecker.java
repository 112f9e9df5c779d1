package org.itm.governance.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Checks applications against standards, applying waivers that are still active on the clock's date. Immutable and
 * thread-safe as long as the rules are pure.
 *
 * @since 0.1
 */
public final class ConformanceChecker {

    private final TechnologyCatalogue catalogue;
    private final List<Standard> standards;
    private final List<Waiver> waivers;

    private ConformanceChecker(TechnologyCatalogue catalogue, List<Standard> standards, List<Waiver> waivers) {
        this.catalogue = catalogue;
        this.standards = standards;
        this.waivers = waivers;
    }

    /**
     * A checker of the given standards.
     *
     * @param catalogue the technologies the rules consult
     * @param standards the standards to check, in the order their findings are listed for one application
     * @param waivers   the waivers, active or expired; copied
     * @return the checker
     * @throws org.itm.core.ItmValidationException naming {@code catalogue}, {@code standards} or {@code waivers} when
     *                                             null
     */
    public static ConformanceChecker create(TechnologyCatalogue catalogue, Collection<Standard> standards,
                                            Collection<Waiver> waivers) {
        return new ConformanceChecker(Checks.notNull(catalogue, "catalogue"), List.copyOf(Checks.notNull(standards, "standards")),
                List.copyOf(Checks.notNull(waivers, "waivers")));
    }

    /**
     * Checks every application against every standard on today's date in {@code zone}. A breach covered by a waiver
     * of the same standard and application that has not expired is listed as waived; an expired waiver of a breach is
     * noted.
     *
     * @param applications the applications
     * @param clock        gives today's date
     * @param zone         the zone the date is taken in
     * @return every breach, most severe first, then by application and standard id
     * @throws org.itm.core.ItmValidationException naming {@code applications}, {@code clock} or {@code zone} when
     *                                             null
     */
    public ConformanceReport check(Collection<Application> applications, Clock clock, ZoneId zone) {
        Checks.notNull(applications, "applications");
        LocalDate today = LocalDate.ofInstant(Checks.notNull(clock, "clock").instant(), Checks.notNull(zone, "zone"));
        List<StandardViolation> out = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        for (Application app : applications) {
            for (Standard s : standards) {
                List<String> findings = s.findings(app, catalogue, today);
                if (findings.isEmpty()) {
                    continue;
                }
                Optional<Waiver> active = waivers.stream().filter(w -> w.standardId().equals(s.id())
                        && w.applicationId().equals(app.id()) && w.activeOn(today)).findFirst();
                waivers.stream().filter(w -> w.standardId().equals(s.id()) && w.applicationId().equals(app.id())
                        && !w.activeOn(today)).forEach(w -> expired.add("waiver of " + s.id() + " for " + app.id()
                        + " (owner " + w.owner() + ") expired on " + w.expires()));
                findings.forEach(f -> out.add(new StandardViolation(app.id(), s.id(), s.severity(), f, active)));
            }
        }
        out.sort(Comparator.comparing(StandardViolation::severity).reversed()
                .thenComparing(StandardViolation::applicationId).thenComparing(StandardViolation::standardId));
        return new ConformanceReport(out, expired);
    }
}
