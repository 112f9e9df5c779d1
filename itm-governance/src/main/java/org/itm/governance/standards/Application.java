package org.itm.governance.standards;

import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;

/** An application or service as the conformance check sees it: its owner, the technologies it runs on, and facts. */
public record Application(String id, String owner, Set<String> technologies, Map<String, String> attributes) {

    public Application {
        Checks.id(id, "id");
        Checks.notBlank(owner, "owner");
        technologies = Set.copyOf(Checks.notNull(technologies, "technologies"));
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
    }
}
