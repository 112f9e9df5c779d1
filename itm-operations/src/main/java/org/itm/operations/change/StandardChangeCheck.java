package org.itm.operations.change;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Whether a change claimed as STANDARD lies within its template, and why (each CI not covered, a risk above the
 * ceiling, an unknown template).
 *
 * @param template    the template claimed, if any
 * @param withinScope true when the change stays pre-approved
 * @param reasons     for people; when out of scope, one line per reason
 * @since 0.1
 */
public record StandardChangeCheck(Optional<String> template, boolean withinScope, List<String> reasons) {

    /**
     * Checks the fields and copies {@code reasons}.
     *
     * @param template    the template claimed, if any
     * @param withinScope true when the change stays pre-approved
     * @param reasons     at least one line
     * @throws org.itm.core.ItmValidationException naming {@code template} if null or {@code reasons} if empty
     */
    public StandardChangeCheck {
        Checks.notNull(template, "template");
        reasons = List.copyOf(Checks.notEmpty(reasons, "reasons"));
    }
}
