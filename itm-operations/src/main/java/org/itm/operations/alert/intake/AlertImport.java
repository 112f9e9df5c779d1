package org.itm.operations.alert.intake;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.operations.alert.Alert;

/**
 * What one document held: the alerts read, in document order, and the entries rejected with their reasons; every
 * entry of the document is in one of the two ({@link #entries()}).
 *
 * @param format   the format read
 * @param accepted the alerts read; copied
 * @param rejected the entries not taken, each with every reason; copied
 * @param warnings things the document says that deserve a look, e.g. that the sender left alerts out
 *                 ({@code truncatedAlerts}); copied
 * @since 0.1
 */
public record AlertImport(AlertFormat format, List<Alert> accepted, List<AlertRejection> rejected,
                          List<String> warnings) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param format   the format read
     * @param accepted the alerts read; copied
     * @param rejected the entries not taken, each with every reason; copied
     * @param warnings things the document says that deserve a look, e.g. that the sender left alerts out ({@code
     *                 truncatedAlerts}); copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public AlertImport {
        Checks.notNull(format, "format");
        accepted = List.copyOf(Checks.notNull(accepted, "accepted"));
        rejected = List.copyOf(Checks.notNull(rejected, "rejected"));
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
    }

    /**
     * How many alerts (or events) the document held: accepted plus rejected.
     *
     * @return accepted plus rejected
     */
    public int entries() {
        return accepted.size() + rejected.size();
    }
}
