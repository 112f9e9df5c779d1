package org.itm.operations.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * What an import read and what it could not use: every row is either used or listed in {@link #rejected()} with
 * its reason, so {@code rowsRead == rowsUsed + rejected.size()}.
 *
 * @param rowsRead  data rows read (the header is not counted)
 * @param rowsUsed  rows that became updates of an incident timeline
 * @param incidents incident timelines produced
 * @param rejected  rows that could not be used, with the reason for each; copied
 * @param warnings  things that were tolerated but deserve a look (for example updates out of time order); copied
 * @since 0.1
 */
public record ImportReport(long rowsRead, long rowsUsed, int incidents, List<RowIssue> rejected,
                           List<RowIssue> warnings) {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param rowsRead  data rows read (the header is not counted)
     * @param rowsUsed  rows that became updates of an incident timeline
     * @param incidents incident timelines produced
     * @param rejected  rows that could not be used, with the reason for each; copied
     * @param warnings  things that were tolerated but deserve a look (for example updates out of time order); copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ImportReport {
        Checks.notNegative(rowsRead, "rowsRead");
        Checks.notNegative(rowsUsed, "rowsUsed");
        Checks.notNegative(incidents, "incidents");
        rejected = List.copyOf(Checks.notNull(rejected, "rejected"));
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
        if (rowsUsed + rejected.size() != rowsRead) {
            throw new ItmValidationException("rowsRead", "must equal rowsUsed (" + rowsUsed
                    + ") plus rejected rows (" + rejected.size() + "), was " + rowsRead);
        }
    }

    /**
     * The rejected rows counted by reason, most frequent first (ties in order of first occurrence). Values quoted
     * in a reason are replaced by {@code '…'}, so "incident_state '-100' is not …" and "incident_state 'Foo' is
     * not …" count together as "incident_state '…' is not …".
     *
     * @return an unmodifiable map from reason pattern to rows
     */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RowIssue r : rejected) {
            counts.merge(QUOTED.matcher(r.reason()).replaceAll("'…'"), 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
