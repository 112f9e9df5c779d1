package org.itm.risk.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A control of a published catalogue (e.g. NIST SP 800-53 {@code ac-2} "Account Management") with its
 * parameters, its text in parts and its enhancements ({@code ac-2.1}, ...). This is the requirement as written;
 * what an organisation does about it is a {@link Control}, made with
 * {@link ControlCatalog#adopt(String, String, ControlType, java.time.Period, String)}.
 *
 * @param id           the catalogue id, e.g. {@code ia-2.1}
 * @param label        the printed label, e.g. {@code IA-2(1)}
 * @param title        the title, e.g. {@code Multi-factor Authentication to Privileged Accounts}
 * @param controlClass the OSCAL class, e.g. {@code SP800-53-enhancement}
 * @param withdrawn    whether the catalogue marks it withdrawn
 * @param params       its parameters, in document order
 * @param parts        its statement, guidance and assessment parts, in document order
 * @param enhancements the controls nested in it, in document order
 * @since 0.1
 */
public record CatalogControl(String id, Optional<String> label, String title, Optional<String> controlClass,
                             boolean withdrawn, List<ControlParameter> params, List<ControlPart> parts,
                             List<CatalogControl> enhancements) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id           the catalogue id, e.g. {@code ia-2.1}
     * @param label        the printed label, e.g. {@code IA-2(1)}
     * @param title        the title, e.g. {@code Multi-factor Authentication to Privileged Accounts}
     * @param controlClass the OSCAL class, e.g. {@code SP800-53-enhancement}
     * @param withdrawn    whether the catalogue marks it withdrawn
     * @param params       its parameters, in document order
     * @param parts        its statement, guidance and assessment parts, in document order
     * @param enhancements the controls nested in it, in document order
     * @throws org.itm.core.ItmValidationException naming {@code id} or {@code title} when blank; {@code label},
     *                                             {@code controlClass}, {@code params}, {@code parts} or
     *                                             {@code enhancements} when null
     */
    public CatalogControl {
        Checks.notBlank(id, "id");
        Checks.notNull(label, "label");
        Checks.notBlank(title, "title");
        Checks.notNull(controlClass, "controlClass");
        params = List.copyOf(Checks.notNull(params, "params"));
        parts = List.copyOf(Checks.notNull(parts, "parts"));
        enhancements = List.copyOf(Checks.notNull(enhancements, "enhancements"));
    }

    /**
     * The control's statement: what it requires.
     *
     * @return the part named {@code statement}; empty when the control has none (withdrawn controls have none)
     */
    public Optional<ControlPart> statement() {
        return parts.stream().filter(p -> p.name().equals("statement")).findFirst();
    }

    /**
     * A parameter of this control.
     *
     * @param paramId the parameter id
     * @return it, if this control defines it
     */
    public Optional<ControlParameter> param(String paramId) {
        return params.stream().filter(p -> p.id().equals(paramId)).findFirst();
    }

    /**
     * This control followed by its enhancements at every depth, in document order, e.g. AC-2, AC-2(1), AC-2(2).
     *
     * @return the controls, this one first
     */
    public List<CatalogControl> selfAndEnhancements() {
        List<CatalogControl> out = new ArrayList<>();
        out.add(this);
        enhancements.forEach(e -> out.addAll(e.selfAndEnhancements()));
        return out;
    }
}
