package org.itm.core.service.cmdb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * One item of an import as the source wrote it: column (or field) names to values.
 *
 * @param entry  where it is in the input, for reports, e.g. {@code row 3 (line 4)} or {@code $[2]}
 * @param values its values by column; blank values mean "not known to this source" and change nothing
 * @since 0.1
 */
public record CmdbEntry(String entry, Map<String, String> values) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param entry where it is in the input, for reports, e.g. {@code row 3 (line 4)} or {@code $[2]}
     * @param values its values by column; blank values mean "not known to this source" and change nothing
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public CmdbEntry {
        Checks.notBlank(entry, "entry");
        Checks.notNull(values, "values");
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Checks.notBlank(k, "values");
            copy.put(k, Checks.notNull(v, "values." + k));
        });
        values = Collections.unmodifiableMap(copy);
    }
}
