package org.itm.risk.controls;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * One part of a catalogue control's text as OSCAL publishes it: the {@code statement} with its lettered and
 * numbered items, {@code guidance}, {@code assessment-objective} and so on. Prose keeps OSCAL's parameter
 * insertion markers ({@code {{ insert: param, ac-1_prm_1 }}}); {@link ControlCatalog#statementText(String)}
 * renders them.
 *
 * @param id    the part's id, e.g. {@code ac-2_smt.a}; some parts (assessment objects) have none
 * @param name  what the part is, e.g. {@code statement}, {@code item}, {@code guidance}
 * @param label its printed label, e.g. {@code a.} or {@code 1.}
 * @param prose its text, if it has any of its own
 * @param parts the parts inside it, in document order
 * @since 0.1
 */
public record ControlPart(Optional<String> id, String name, Optional<String> label, Optional<String> prose,
                          List<ControlPart> parts) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id    the part's id, e.g. {@code ac-2_smt.a}; some parts (assessment objects) have none
     * @param name  what the part is, e.g. {@code statement}, {@code item}, {@code guidance}
     * @param label its printed label, e.g. {@code a.} or {@code 1.}
     * @param prose its text, if it has any of its own
     * @param parts the parts inside it, in document order
     * @throws org.itm.core.ItmValidationException naming {@code id}, {@code label}, {@code prose} or {@code parts}
     *                                             when null; {@code name} when blank
     */
    public ControlPart {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(label, "label");
        Checks.notNull(prose, "prose");
        parts = List.copyOf(Checks.notNull(parts, "parts"));
    }
}
