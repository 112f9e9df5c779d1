package org.itm.risk.controls;

import java.time.LocalDate;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * One performed test of a control, with references to its evidence.
 *
 * @param controlId   tested control
 * @param performedOn date of the test
 * @param result      pass, partial or fail
 * @param tester      who tested
 * @param evidence    references to evidence (ticket, file, URL)
 * @since 0.1
 */
public record ControlTest(String controlId, LocalDate performedOn, TestResult result, String tester,
                          List<String> evidence) {

    /**
     * Checks the components and copies the collections.
     *
     * @param controlId   tested control
     * @param performedOn date of the test
     * @param result      pass, partial or fail
     * @param tester      who tested
     * @param evidence    references to evidence (ticket, file, URL)
     * @throws org.itm.core.ItmValidationException naming {@code controlId} when not an id; {@code performedOn},
     *                                             {@code result} or {@code evidence} when null; {@code tester} when
     *                                             blank
     */
    public ControlTest {
        Checks.id(controlId, "controlId");
        Checks.notNull(performedOn, "performedOn");
        Checks.notNull(result, "result");
        Checks.notBlank(tester, "tester");
        evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
    }
}
