package org.itm.governance.policy;

import java.util.Map;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A service, asset or initiative as policies see it: id, kind, owner, tags and attributes (text values; the
 * {@link PolicyEvaluator}'s attribute declarations say which are numbers or yes/no).
 *
 * @param id         the subject's id
 * @param kind       what it is
 * @param owner      who answers for it
 * @param tags       labels rules may scope on; copied
 * @param attributes facts rules test, e.g. {@code "classification" -> "CONFIDENTIAL"}; copied
 * @since 0.1
 */
public record PolicySubject(String id, SubjectKind kind, String owner, Set<String> tags, Map<String, String> attributes) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id         the subject's id
     * @param kind       what it is
     * @param owner      who answers for it
     * @param tags       labels rules may scope on; copied
     * @param attributes facts rules test, e.g. {@code "classification" -> "CONFIDENTIAL"}; copied
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code kind}, {@code tags} or
     *                                             {@code attributes} when null, or {@code owner} when blank
     */
    public PolicySubject {
        Checks.id(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notBlank(owner, "owner");
        tags = Set.copyOf(Checks.notNull(tags, "tags"));
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
    }
}
