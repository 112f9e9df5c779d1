package org.itm.risk.controls;

import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * An OSCAL assessment-results document written by {@link OscalAssessmentResults#write(List, List)}, with what
 * went into it and what did not.
 *
 * @param json         the document ({@code {"assessment-results": {...}}}), OSCAL 1.1.2
 * @param controlIds   the catalogue controls it has a finding for, in catalogue order
 * @param observations how many control tests it records as observations
 * @param skipped      library controls and tests left out, each with the reason (e.g. a control mapped to no
 *                     requirement of the catalogue), keyed by control id or test
 * @since 0.1
 */
public record AssessmentExport(String json, List<String> controlIds, int observations, Map<String, String> skipped) {

    /**
     * Checks the components and copies the collections.
     *
     * @param json         the document ({@code {"assessment-results": {...}}}), OSCAL 1.1.2
     * @param controlIds   the catalogue controls it has a finding for, in catalogue order
     * @param observations how many control tests it records as observations
     * @param skipped      library controls and tests left out, each with the reason (e.g. a control mapped to no
     *                     requirement of the catalogue), keyed by control id or test
     * @throws org.itm.core.ItmValidationException naming {@code json} when blank; {@code controlIds} or
     *                                             {@code skipped} when null; {@code observations} when negative
     */
    public AssessmentExport {
        Checks.notBlank(json, "json");
        controlIds = List.copyOf(Checks.notNull(controlIds, "controlIds"));
        Checks.notNegative(observations, "observations");
        skipped = Map.copyOf(Checks.notNull(skipped, "skipped"));
    }
}
