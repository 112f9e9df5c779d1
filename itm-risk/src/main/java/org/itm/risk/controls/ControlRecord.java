package org.itm.risk.controls;

import java.time.LocalDate;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * A control as stored by {@link ControlRepository}: its definition and its latest test, from which the date its
 * next test falls due follows.
 *
 * @param control  the control
 * @param lastTest its most recent test, if it was ever tested; must be a test of {@code control}
 * @since 0.1
 */
public record ControlRecord(Control control, Optional<ControlTest> lastTest) {

    /**
     * Checks the components.
     *
     * @param control  the control
     * @param lastTest its most recent test, if it was ever tested; must be a test of {@code control}
     * @throws org.itm.core.ItmValidationException naming {@code control} or {@code lastTest} when null, or
     *                                             {@code lastTest.controlId} when the test is of another control
     */
    public ControlRecord {
        Violations v = new Violations();
        v.require(control != null, "control", "must not be null");
        if (v.require(lastTest != null, "lastTest", "must not be null (use Optional.empty())") && control != null) {
            lastTest.ifPresent(t -> v.require(t.controlId().equals(control.id()), "lastTest.controlId",
                    "must be the control's id '" + control.id() + "', was '" + t.controlId() + "'"));
        }
        v.throwIfAny();
    }

    /**
     * A control never tested.
     *
     * @param control the control
     * @return its record
     */
    public static ControlRecord untested(Control control) {
        return new ControlRecord(control, Optional.empty());
    }

    /**
     * When the next test is due.
     *
     * @return the last test's date plus the control's {@link Control#testEvery()}; empty when never tested
     */
    public Optional<LocalDate> nextTestDue() {
        return lastTest.map(t -> t.performedOn().plus(control.testEvery()));
    }

    /**
     * Whether a test is due on {@code day}: never tested, or the next test date is on or before it.
     *
     * @param day the day
     * @return true when due
     */
    public boolean testDueOn(LocalDate day) {
        return nextTestDue().map(d -> !d.isAfter(day)).orElse(true);
    }

    /**
     * This record after {@code test}: it becomes the last test unless an earlier one was recorded later.
     *
     * @param test a test of this control
     * @return the updated record
     * @throws org.itm.core.ItmValidationException if {@code test} is of another control
     */
    public ControlRecord tested(ControlTest test) {
        boolean newer = lastTest.map(t -> !test.performedOn().isBefore(t.performedOn())).orElse(true);
        return new ControlRecord(control, newer ? Optional.of(test) : lastTest);
    }
}
