package org.itm.operations.importer;

import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A problem found while importing, tied to the place in the file it came from so a user can look it up.
 *
 * @param row      the data row (1 = first row after the header)
 * @param line     the physical line of the file on which the row starts (the header is line 1)
 * @param incident the incident number of the row; empty when it could not be read
 * @param reason   what is wrong, in words
 * @since 0.1
 */
public record RowIssue(long row, long line, String incident, String reason) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param row      the data row (1 = first row after the header)
     * @param line     the physical line of the file on which the row starts (the header is line 1)
     * @param incident the incident number of the row; empty when it could not be read
     * @param reason   what is wrong, in words
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public RowIssue {
        Violations v = new Violations();
        v.require(row >= 1, "row", "must be 1 or more, was " + row);
        v.require(line >= 1, "line", "must be 1 or more, was " + line);
        v.require(incident != null, "incident", "must not be null (use \"\")");
        v.throwIfAny();
        Checks.notBlank(reason, "reason");
    }

    @Override
    public String toString() {
        return "row " + row + " (line " + line + (incident.isEmpty() ? "" : ", " + incident) + "): " + reason;
    }
}
