package org.itm.operations.alert.intake;

import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.operations.alert.AlertStatus;

/**
 * What severity rules see of an incoming alert: its format, status, labels and annotations. In a rule definition
 * they are the fields {@code format}, {@code status}, {@code labels.<name>} and {@code annotations.<name>}.
 *
 * @param format      the format it came in
 * @param status      firing, acknowledged or clear
 * @param labels      the alert's labels (for PagerDuty: {@code source}, {@code component}, {@code group},
 *                    {@code class}, {@code severity} and {@code custom_details.<key>}); copied
 * @param annotations the alert's annotations (for PagerDuty: {@code summary}); copied
 * @since 0.1
 */
public record AlertFacts(AlertFormat format, AlertStatus status, Map<String, String> labels,
                         Map<String, String> annotations) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param format      the format it came in
     * @param status      firing, acknowledged or clear
     * @param labels      the alert's labels (for PagerDuty: {@code source}, {@code component}, {@code group}, {@code
     *                    class}, {@code severity} and {@code custom_details.<key>}); copied
     * @param annotations the alert's annotations (for PagerDuty: {@code summary}); copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public AlertFacts {
        Checks.notNull(format, "format");
        Checks.notNull(status, "status");
        labels = Map.copyOf(Checks.notNull(labels, "labels"));
        annotations = Map.copyOf(Checks.notNull(annotations, "annotations"));
    }
}
