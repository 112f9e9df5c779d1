package org.itm.operations.alert;

import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;

/**
 * One open alert of an {@link AlertGroup}.
 *
 * @param key          the alert's de-duplication key
 * @param severity     the highest severity it fired with while open
 * @param count        how often it fired while open, 1 or more
 * @param acknowledged whether someone acknowledged it
 * @since 0.1
 */
public record OpenAlert(String key, Severity severity, long count, boolean acknowledged) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param key          the alert's de-duplication key
     * @param severity     the highest severity it fired with while open
     * @param count        how often it fired while open, 1 or more
     * @param acknowledged whether someone acknowledged it
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public OpenAlert {
        Checks.notBlank(key, "key");
        Checks.notNull(severity, "severity");
        Checks.positive(count, "count");
    }
}
