package org.itm.risk.controls;

import org.itm.core.validation.Checks;

/**
 * One requirement of a framework (identifier and title only).
 *
 * @param framework framework id, e.g. {@code ISO27001:2022}
 * @param id        requirement id, e.g. {@code 5.15}
 * @param title     its title
 */
public record Requirement(String framework, String id, String title) {

    public Requirement {
        Checks.notBlank(framework, "framework");
        Checks.notBlank(id, "id");
        Checks.notBlank(title, "title");
    }
}
