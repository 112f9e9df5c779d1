package org.itm.risk.controls;

import org.itm.core.validation.Checks;

/**
 * A reference from a control to a framework requirement, e.g. {@code ISO27001:2022 / 8.13}.
 *
 * @param framework the framework's id, e.g. {@link Framework#ISO_27001_2022}
 * @param id        the requirement's id within it, e.g. {@code 8.13}
 * @since 0.1
 */
public record RequirementRef(String framework, String id) {

    /**
     * Checks the components.
     *
     * @param framework the framework's id; not blank
     * @param id        the requirement's id; not blank
     * @throws org.itm.core.ItmValidationException naming {@code framework} or {@code id} when blank
     */
    public RequirementRef {
        Checks.notBlank(framework, "framework");
        Checks.notBlank(id, "id");
    }

    /**
     * A requirement of {@link Framework#ISO_27001_2022}.
     *
     * @param id the requirement's id, e.g. {@code 8.13}
     * @return the reference
     * @throws org.itm.core.ItmValidationException naming {@code id} when blank
     */
    public static RequirementRef iso27001(String id) {
        return new RequirementRef(Framework.ISO_27001_2022, id);
    }

    /**
     * A requirement of {@link Framework#NIST_CSF_2_0}.
     *
     * @param id the requirement's id, e.g. {@code PR.DS-11}
     * @return the reference
     * @throws org.itm.core.ItmValidationException naming {@code id} when blank
     */
    public static RequirementRef nistCsf(String id) {
        return new RequirementRef(Framework.NIST_CSF_2_0, id);
    }

    /**
     * A requirement of {@link Framework#CIS_V8}.
     *
     * @param id the requirement's id, e.g. {@code 11.2}
     * @return the reference
     * @throws org.itm.core.ItmValidationException naming {@code id} when blank
     */
    public static RequirementRef cis(String id) {
        return new RequirementRef(Framework.CIS_V8, id);
    }
}
