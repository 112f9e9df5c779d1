package org.itm.operations.importer;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The outcome of an import: the incident timelines (in order of their first row in the file) and the report of
 * what was read, rejected and tolerated.
 *
 * @param incidents the incident timelines; copied
 * @param report    counts, rejected rows and warnings
 */
public record ImportResult(List<IncidentTimeline> incidents, ImportReport report) {

    public ImportResult {
        incidents = List.copyOf(Checks.notNull(incidents, "incidents"));
        Checks.notNull(report, "report");
    }

    /** The incident with this number, if it was imported. */
    public Optional<IncidentTimeline> incident(String number) {
        return incidents.stream().filter(i -> i.number().equals(number)).findFirst();
    }
}
