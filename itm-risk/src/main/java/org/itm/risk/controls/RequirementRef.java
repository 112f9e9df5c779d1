package org.itm.risk.controls;

import org.itm.core.validation.Checks;

/** A reference from a control to a framework requirement, e.g. {@code ISO27001:2022 / 8.13}. */
public record RequirementRef(String framework, String id) {

    public RequirementRef {
        Checks.notBlank(framework, "framework");
        Checks.notBlank(id, "id");
    }

    public static RequirementRef iso27001(String id) {
        return new RequirementRef(Framework.ISO_27001_2022, id);
    }

    public static RequirementRef nistCsf(String id) {
        return new RequirementRef(Framework.NIST_CSF_2_0, id);
    }

    public static RequirementRef cis(String id) {
        return new RequirementRef(Framework.CIS_V8, id);
    }
}
