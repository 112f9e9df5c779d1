package org.itm.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class ValidationTest {

    record Team(@NotBlank String name, @Min(1) int size, @Size(max = 2) List<@Valid Member> members) {
    }

    record Member(@NotBlank String email) {
    }

    /** Checks its annotations in the compact constructor, plus one rule annotations cannot express. */
    record Rota(@NotNull @Identifier String id, @NotEmpty List<@NotBlank String> members,
                Map<String, @PositiveDuration Duration> shifts, Optional<@PositiveDuration Duration> handover) {
        Rota {
            Violations v = new Violations().addAll(Validation.checkComponents(Rota.class, id, members, shifts,
                    handover));
            v.require(members == null || members.size() == new java.util.HashSet<>(members).size(), "members",
                    "must not repeat a member");
            v.throwIfAny();
        }
    }

    @Test
    void componentsAreCheckedBeforeTheRecordExistsWithEveryPathAndReason() {
        assertThatThrownBy(() -> new Rota("db team", List.of("ann", " "), Map.of("night", Duration.ZERO),
                Optional.of(Duration.ofMinutes(-5))))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("handover", "must be a positive duration, was PT-5M"),
                        new Violation("id", "must be 1-128 characters of letters, digits or ._:@/- starting with a"
                                + " letter or digit, was 'db team'"),
                        new Violation("members[1]", "must not be blank"),
                        new Violation("shifts[night]", "must be a positive duration, was PT0S")));
    }

    @Test
    void annotationViolationsAndFurtherChecksComeInOneException() {
        assertThatThrownBy(() -> new Rota(null, List.of("ann", "ann"), Map.of(), Optional.empty()))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("id", "must not be null"),
                        new Violation("members", "must not repeat a member")));
    }

    @Test
    void validComponentsGiveNoViolation() {
        assertThat(new Rota("team/db", List.of("ann", "bob"), Map.of("day", Duration.ofHours(8)),
                Optional.empty()).id()).isEqualTo("team/db");
        assertThat(Validation.checkComponents(Rota.class, "a", List.of("b"), Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void aRejectedValueIsQuotedNeverInterpolated() {
        assertThat(Validation.checkComponents(Rota.class, "{max}${1+1}\n", List.of("a"), Map.of(), Optional.empty()))
                .singleElement()
                .extracting(Violation::message)
                .asString()
                .endsWith("was '{max}${1+1}\\n'");
    }

    @Test
    void identifierAcceptsExactlyWhatChecksIdAccepts() {
        for (String id : List.of("a", "svc-payments.eu:1", "team/db", "x@y", "a".repeat(128), "-a", "a b", "",
                "a".repeat(129), "é")) {
            boolean annotated = Validation.checkComponents(Rota.class, id, List.of("a"), Map.of(), Optional.empty())
                    .isEmpty();
            boolean checked;
            try {
                Checks.id(id, "id");
                checked = true;
            } catch (ItmValidationException e) {
                checked = false;
            }
            assertThat(annotated).as(id).isEqualTo(checked);
        }
    }

    @Test
    void checkComponentsRejectsAWrongNumberOfComponents() {
        assertThatThrownBy(() -> Validation.checkComponents(Rota.class, "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rota has 4 components, 1 were given");
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
