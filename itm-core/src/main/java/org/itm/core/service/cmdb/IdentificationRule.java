package org.itm.core.service.cmdb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.HashSet;
import java.util.List;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;

/**
 * Which attributes together identify a configuration item, e.g. {@code serial}, or {@code hostname} with
 * {@code domain}, or {@code cloud_resource_id}. A rule applies to an entry that has every one of its attributes
 * (non-blank); values are compared without surrounding white space and ignoring case. The attribute names
 * {@code name} and {@code type} mean the item's name and type.
 *
 * @param name       how reports name the rule, e.g. {@code hostname+domain}
 * @param attributes the attributes, at least one, each once
 * @since 0.1
 */
public record IdentificationRule(@NotBlank String name, @NotEmpty List<@NotBlank String> attributes) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param name how reports name the rule, e.g. {@code hostname+domain}
     * @param attributes the attributes, at least one, each once
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public IdentificationRule {
        Violations v = new Violations().addAll(Validation.checkComponents(IdentificationRule.class, name,
                attributes));
        v.require(attributes == null || new HashSet<>(attributes).size() == attributes.size(), "attributes",
                "must not repeat an attribute, was " + attributes);
        v.throwIfAny();
        attributes = List.copyOf(attributes);
    }

    /**
     * A rule named after its attributes joined with {@code +}.
     *
     * @param attributes e.g. {@code "hostname", "domain"}
     * @return the rule
     */
    public static IdentificationRule of(String... attributes) {
        return new IdentificationRule(String.join("+", attributes), List.of(attributes));
    }
}
