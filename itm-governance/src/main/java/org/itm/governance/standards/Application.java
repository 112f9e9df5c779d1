package org.itm.governance.standards;

import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * An application or service as the conformance check sees it: its owner, the technologies it runs on, and facts.
 *
 * @param id           the application's id, as in the CMDB or application portfolio
 * @param owner        who answers for it (a person or team)
 * @param technologies ids of the {@link Technology}s it runs on; copied
 * @param attributes   facts a {@link StandardRule} may test, e.g. {@code "sso" -> "yes"}; copied
 * @since 0.1
 */
public record Application(String id, String owner, Set<String> technologies, Map<String, String> attributes) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id           the application's id, as in the CMDB or application portfolio
     * @param owner        who answers for it (a person or team)
     * @param technologies ids of the {@link Technology}s it runs on; copied
     * @param attributes   facts a {@link StandardRule} may test, e.g. {@code "sso" -> "yes"}; copied
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code owner} when blank, or
     *                                             {@code technologies} or {@code attributes} when null
     */
    public Application {
        Checks.id(id, "id");
        Checks.notBlank(owner, "owner");
        technologies = Set.copyOf(Checks.notNull(technologies, "technologies"));
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
    }
}
