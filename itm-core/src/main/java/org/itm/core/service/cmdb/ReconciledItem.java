package org.itm.core.service.cmdb;

import java.util.Map;
import java.util.Optional;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.validation.Checks;

/**
 * A configuration item with the source that set each of its values, which the next import's source precedence
 * is judged against.
 *
 * @param item    the item
 * @param sources for {@code name}, {@code type} and each attribute, the source that set its current value
 * @since 0.1
 */
public record ReconciledItem(ConfigurationItem item, Map<String, String> sources) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param item the item
     * @param sources for {@code name}, {@code type} and each attribute, the source that set its current value
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public ReconciledItem {
        Checks.notNull(item, "item");
        Checks.notNull(sources, "sources");
        sources.forEach((k, v) -> {
            Checks.notBlank(k, "sources");
            Checks.notBlank(v, "sources." + k);
        });
        sources = Map.copyOf(sources);
    }

    /**
     * The source of one value.
     *
     * @param attribute {@code name}, {@code type} or an attribute name
     * @return the source that set it, if known
     */
    public Optional<String> sourceOf(String attribute) {
        return Optional.ofNullable(sources.get(attribute));
    }
}
