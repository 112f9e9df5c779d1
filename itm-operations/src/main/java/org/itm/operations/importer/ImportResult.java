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
 * @since 0.1
 */
public record ImportResult(List<IncidentTimeline> incidents, ImportReport report) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param incidents the incident timelines; copied
     * @param report    counts, rejected rows and warnings
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ImportResult {
        incidents = List.copyOf(Checks.notNull(incidents, "incidents"));
        Checks.notNull(report, "report");
    }

    /**
     * The incident with this number, if it was imported.
     *
     * @param number the incident number, e.g. {@code INC0000045}
     * @return the incident, or empty when the import has none with that number
     */
    public Optional<IncidentTimeline> incident(String number) {
        return incidents.stream().filter(i -> i.number().equals(number)).findFirst();
    }
}
