package org.itm.core.service.cmdb;

import java.util.List;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.validation.Checks;

/**
 * The result of reconciling one import: every item after it (known items first in their order, then the new
 * ones) and the report of what happened to each entry.
 *
 * @param items  the items after the import
 * @param report created, updated, unchanged and conflicting entries with reasons
 * @since 0.1
 */
public record CmdbImport(List<ReconciledItem> items, CmdbReport report) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param items the items after the import
     * @param report created, updated, unchanged and conflicting entries with reasons
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public CmdbImport {
        items = List.copyOf(Checks.notNull(items, "items"));
        Checks.notNull(report, "report");
    }

    /**
     * The items after the import as plain configuration items, e.g. for
     * {@link org.itm.core.service.ServiceModel.Builder#configurationItem(ConfigurationItem)}.
     *
     * @return the items, in the order of {@link #items()}
     */
    public List<ConfigurationItem> configurationItems() {
        return items.stream().map(ReconciledItem::item).toList();
    }
}
