package org.itm.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.service.cmdb.IdentificationRule;
import org.junit.jupiter.api.Test;

class ValidationFailuresTest {

    @Test
    void returnsEveryViolationOfTheRejectedInput() {
        assertThat(violationsOf(() -> new IdentificationRule(" ", List.of("serial", "", "serial"))))
                .containsExactly(new Violation("attributes[1]", "must not be blank"),
                        new Violation("name", "must not be blank"),
                        new Violation("attributes", "must not repeat an attribute, was [serial, , serial]"));
    }

    @Test
    void anActionThatDoesNotThrowFailsTheTest() {
        assertThatThrownBy(() -> violationsOf(() -> IdentificationRule.of("serial")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected an ItmValidationException, but the action completed");
    }

    @Test
    void anotherExceptionIsNotTakenForARejection() {
        assertThatThrownBy(() -> violationsOf(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(violationsOf(() -> {
            throw new ItmValidationException("x", "bad");
        })).containsExactly(new Violation("x", "bad"));
    }
}
