package org.itm.governance.standards;

import org.itm.core.validation.Checks;

/**
 * An architecture principle (e.g. "buy before build") that standards put into practice.
 *
 * @param id        the principle's id
 * @param statement the principle in one sentence
 * @param rationale why the organisation holds it
 * @since 0.1
 */
public record Principle(String id, String statement, String rationale) {

    /**
     * Checks the components.
     *
     * @param id        the principle's id
     * @param statement the principle in one sentence
     * @param rationale why the organisation holds it
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, or {@code statement} or
     *                                             {@code rationale} when blank
     */
    public Principle {
        Checks.id(id, "id");
        Checks.notBlank(statement, "statement");
        Checks.notBlank(rationale, "rationale");
    }
}
