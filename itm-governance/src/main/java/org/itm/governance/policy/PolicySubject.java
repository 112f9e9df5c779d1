package org.itm.governance.policy;

import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A service, asset or initiative as policies see it: id, kind, owner, tags and attributes (text values; the
 * {@link PolicyEvaluator}'s attribute declarations say which are numbers or yes/no).
 */
public record PolicySubject(String id, SubjectKind kind, String owner, Set<String> tags, Map<String, String> attributes) {

    public PolicySubject {
        Checks.id(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notBlank(owner, "owner");
        tags = Set.copyOf(Checks.notNull(tags, "tags"));
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
    }
}
