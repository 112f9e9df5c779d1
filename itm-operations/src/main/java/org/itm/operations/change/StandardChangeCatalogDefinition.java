package org.itm.operations.change;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Violations;

/**
 * A standard-change catalogue as data, as read by {@link StandardChangeCatalog#fromYaml} and written by
 * {@link StandardChangeCatalog#toDefinition()}.
 *
 * @param templates the templates; ids unique
 * @since 0.1
 */
public record StandardChangeCatalogDefinition(List<StandardChangeTemplate> templates) {

    /**
     * Validates the templates.
     *
     * @param templates the templates; none null, ids unique
     * @throws org.itm.core.ItmValidationException naming every null or repeated template
     */
    public StandardChangeCatalogDefinition {
        Violations v = new Violations();
        if (v.require(templates != null, "templates", "must not be null")) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < templates.size(); i++) {
                StandardChangeTemplate t = templates.get(i);
                if (v.require(t != null, "templates[" + i + "]", "must not be null")) {
                    v.require(ids.add(t.id()), "templates[" + i + "].id", "repeats '" + t.id() + "'");
                }
            }
        }
        v.throwIfAny();
        templates = List.copyOf(templates);
    }
}
