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

/** Checks applications against standards, applying waivers that are still active on the clock's date. */
public final class ConformanceChecker {

    private final TechnologyCatalogue catalogue;
    private final List<Standard> standards;
    private final List<Waiver> waivers;

    private ConformanceChecker(TechnologyCatalogue catalogue, List<Standard> standards, List<Waiver> waivers) {
        this.catalogue = catalogue;
        this.standards = standards;
        this.waivers = waivers;
    }

    public static ConformanceChecker create(TechnologyCatalogue catalogue, Collection<Standard> standards,
                                            Collection<Waiver> waivers) {
        return new ConformanceChecker(Checks.notNull(catalogue, "catalogue"), List.copyOf(Checks.notNull(standards, "standards")),
                List.copyOf(Checks.notNull(waivers, "waivers")));
    }

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
