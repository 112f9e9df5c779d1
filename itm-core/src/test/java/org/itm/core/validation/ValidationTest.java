package org.itm.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class ValidationTest {

    record Team(@NotBlank String name, @Min(1) int size, @Size(max = 2) List<@Valid Member> members) {
    }

    record Member(@NotBlank String email) {
    }

    @Test
    void validObjectIsReturnedUnchanged() {
        Team team = new Team("ops", 3, List.of(new Member("a@example.org")));
        assertThat(Validation.validate(team)).isSameAs(team);
    }

    @Test
    void everyViolationIsListedWithItsPropertyPath() {
        Team team = new Team(" ", 0, List.of(new Member(""), new Member("b"), new Member("c")));
        assertThatThrownBy(() -> Validation.validate(team))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("members", "members[0].email", "name", "size"))
                .hasMessageContaining("size: must be greater than or equal to 1");
    }

    @Test
    void checksNameTheFieldAndTheReason() {
        assertThatThrownBy(() -> Checks.positive(-2, "weight"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessage("invalid input: weight: must be positive, was -2");
        assertThatThrownBy(() -> Checks.id("bad id", "serviceId"))
                .hasMessageContaining("serviceId: must be 1-128 characters");
        assertThat(Checks.id("svc-payments.eu:1", "serviceId")).isEqualTo("svc-payments.eu:1");
    }

    @Test
    void violationsCollectsEveryProblemBeforeThrowing() {
        Violations v = new Violations();
        v.require(false, "a", "must be set");
        v.check("nested", () -> Checks.notBlank("", "name"));
        v.require(true, "c", "never reported");
        assertThat(v.list()).containsExactly(new Violation("a", "must be set"),
                new Violation("nested.name", "must not be blank"));
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(ItmValidationException.class,
                e -> assertThat(e.violations()).hasSize(2));
    }

    @Test
    void emptyViolationsDoNotThrow() {
        new Violations().throwIfAny();
    }
}
