package org.itm.governance.standards;

import org.itm.core.validation.Checks;

/** An architecture principle (e.g. "buy before build") that standards put into practice. */
public record Principle(String id, String statement, String rationale) {

    public Principle {
        Checks.id(id, "id");
        Checks.notBlank(statement, "statement");
        Checks.notBlank(rationale, "rationale");
    }
}
